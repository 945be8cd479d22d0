// Run by Playwright's webServer command just before the server (server.mjs): a fresh SQLite file (or
// the PostgreSQL database of DATABASE_URL) with every migration applied, and no server
// log of an earlier run. It cannot be a globalSetup: Playwright starts the webServer
// before it runs globalSetup, and the server must find its database and log file ready.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { databaseConfig } from "../../prisma/database-url.mjs";
import { migrate } from "../../prisma/setup.mjs";

const db = databaseConfig(process.env.DATABASE_URL);
mkdirSync(".tmp", { recursive: true });
for (const f of readdirSync(".tmp").filter((f) => /^server.*\.log$/.test(f))) rmSync(`.tmp/${f}`);
if (db.provider === "sqlite") {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${db.file}${suffix}`, { force: true });
}
migrate();

// Prepares a checkout to run: a local AUTH_SECRET (kept in .env.local, which git
// ignores) when none is set, then the database: migrations applied with Prisma Migrate,
// and for SQLite the durability settings. Safe to run again at any time.
import { execFileSync } from "node:child_process";
import { existsSync, appendFileSync, readFileSync, mkdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { databaseConfig } from "./database-url.mjs";

const envFile = ".env.local";
if (existsSync(envFile)) process.loadEnvFile(envFile);
if (!process.env.AUTH_SECRET) {
  const secret = randomBytes(32).toString("base64url");
  const before = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
  appendFileSync(envFile, `${before && !before.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  console.log(`setup: wrote a new AUTH_SECRET to ${envFile}`);
}

export function migrate(env = process.env) {
  const db = databaseConfig(env.DATABASE_URL);
  const { url } = db;
  const isPostgres = db.provider === "postgresql";
  if (db.provider === "sqlite") mkdirSync(path.dirname(db.file), { recursive: true });
  try {
    execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...env, DATABASE_URL: url, PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    });
  } catch (error) {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`;
    console.error(
      output
        .split("\n")
        .filter((l) => !/^\s+at /.test(l))
        .slice(0, 20)
        .join("\n"),
    );
    if (!isPostgres && /SocketTimeout|database is locked|SQLITE_BUSY/.test(output)) {
      console.error("setup: the SQLite file is in use. Stop the running app (or any other process using it) and run this again.");
    }
    process.exit(1);
  }
  if (db.provider === "sqlite") {
    // WAL lets pages read while a tick is written; the mode is stored in the file itself.
    execFileSync(process.execPath, [
      "-e",
      `const D=require("better-sqlite3");const d=new D(process.argv[1]);d.pragma("journal_mode = WAL");d.close();`,
      db.file,
    ]);
  }
  console.log(`setup: database ready (${isPostgres ? "PostgreSQL" : url})`);
}

if (import.meta.url === `file://${process.argv[1]}`) migrate();

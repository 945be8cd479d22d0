// Prepares a checkout to run: a local AUTH_SECRET (kept in .env.local, which git
// ignores) when none is set, then the database: migrations applied with Prisma Migrate,
// and for SQLite the durability settings. Safe to run again at any time.
import { execFileSync } from "node:child_process";
import { existsSync, appendFileSync, readFileSync, mkdirSync, statSync, chmodSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseEnv } from "node:util";
import { databaseConfig } from "./database-url.mjs";

// Reads `envFile` into `env` (what is set already wins, as with process.loadEnvFile) and
// adds a new AUTH_SECRET to it when there is none. The secret signs every session, so the
// file is its owner's only: an existing one is made so before a secret goes into it, a
// new one is created so.
export function ensureAuthSecret(envFile = ".env.local", env = process.env) {
  const exists = existsSync(envFile);
  if (exists) ownerOnly(envFile);
  const before = exists ? readFileSync(envFile, "utf8") : "";
  for (const [key, value] of Object.entries(parseEnv(before))) env[key] ??= value;
  if (env.AUTH_SECRET) return;
  const secret = randomBytes(32).toString("base64url");
  appendFileSync(envFile, `${before && !before.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${secret}\n`, { mode: 0o600 });
  env.AUTH_SECRET = secret;
  console.log(`setup: wrote a new AUTH_SECRET to ${envFile}`);
}

// Takes group and others' permissions away. A file someone else owns cannot be changed
// here: that is said, and setup goes on.
function ownerOnly(file) {
  try {
    const mode = statSync(file).mode & 0o777;
    if (mode & 0o077) chmodSync(file, mode & 0o700);
  } catch (error) {
    console.warn(`setup: could not make ${file} readable by its owner only (${error.code ?? error.message}); run chmod 600 ${file}`);
  }
}

ensureAuthSecret();

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
    // The database holds every account and case: its owner's only. SQLite creates the
    // -wal and -shm files with the database file's permissions (whatever the umask), so
    // the app's connections keep those private too; any left by an older setup are made so.
    for (const f of [db.file, `${db.file}-wal`, `${db.file}-shm`]) if (existsSync(f)) ownerOnly(f);
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

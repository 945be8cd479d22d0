import "server-only";
import { PrismaClient as SqliteClient } from "@/app/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/app/lib/generated/postgres/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseConfig } from "@/prisma/database-url.mjs";

// Both generated clients expose the same model API (one schema, two providers); the
// SQLite client's type stands for both.
export type Db = SqliteClient;

// ODJAVA_LOG_QUERIES=1 prints one "[query]" line per SQL statement (the statement only,
// never its values): the benchmark counts queries per request with it.
const logQueries = process.env.ODJAVA_LOG_QUERIES === "1";
const logOption = { log: logQueries ? [{ emit: "event" as const, level: "query" as const }] : [] };

function createClient(): Db {
  const db = databaseConfig(process.env.DATABASE_URL);
  const client =
    db.provider === "postgresql"
      ? (new PostgresClient({
          adapter: new PrismaPg({ connectionString: db.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
          ...logOption,
        }) as unknown as Db)
      : new SqliteClient({ adapter: new DurableSqlite({ url: db.url, timeout: 5000 }), ...logOption });
  if (logQueries) {
    (client as unknown as { $on(e: "query", f: (q: { query: string; duration: number }) => void): void }).$on("query", (q) =>
      process.stdout.write(`[query] ${q.duration} ms ${q.query.replace(/\s+/g, " ").slice(0, 160)}\n`),
    );
  }
  return client;
}

// The settings every SQLite connection runs with. WAL (also stored in the file by
// prisma/setup.mjs) lets pages read while a tick is written; synchronous=FULL syncs the
// WAL to disk at every commit, so a change the app has acknowledged survives a killed
// process and a power cut alike (NORMAL would only survive the first); busy_timeout lets
// a writer from another process wait instead of failing at once; foreign keys keep
// "delete the account" cascading.
export const SQLITE_PRAGMAS = ["journal_mode = WAL", "synchronous = FULL", "busy_timeout = 5000", "foreign_keys = ON"];

class DurableSqlite extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS.map((p) => `PRAGMA ${p};`).join("\n"));
    return adapter;
  }
}

// One client per process (and one across hot reloads in development).
const globalForDb = globalThis as unknown as { odjavaDb?: Db };
export const db: Db = globalForDb.odjavaDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.odjavaDb = db;

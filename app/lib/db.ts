import "server-only";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseConfig } from "./db-url";

// Both generated clients expose the same model API (one schema, two providers); the
// SQLite client's type stands for both.
export type Db = SqliteClient;

function createClient(): Db {
  const db = databaseConfig(process.env.DATABASE_URL);
  if (db.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: db.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  // busy timeout: a writer waits for another instead of failing at once.
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: db.url, timeout: 5000 }) });
}

// One client per process (and one across hot reloads in development).
const globalForDb = globalThis as unknown as { odjavaDb?: Db };
export const db: Db = globalForDb.odjavaDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.odjavaDb = db;

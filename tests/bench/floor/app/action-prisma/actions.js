"use server";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../../../../app/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../../../../../app/lib/generated/postgres/client";
import { PRAGMAS } from "../action/pragmas";

// The same one-row write as ../action, through Prisma and its driver adapters, as the
// stack's given data layer writes: Prisma's runtime (the generated client only for its
// engine, no model of Odjava's is used), the same driver underneath. The bench reports the
// tick against this row too, which tells Prisma's share from Odjava's.
function connect() {
  const url = process.env.FLOOR_DATABASE_URL ?? "";
  const db = url.startsWith("postgresql://")
    ? new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) })
    : new SqliteClient({ adapter: new Pragmas({ url }) });
  return (key, done) => db.$executeRaw`INSERT INTO "Tick" ("key", "done") VALUES (${key}, ${done}) ON CONFLICT ("key") DO UPDATE SET "done" = excluded."done"`;
}

class Pragmas extends PrismaBetterSQLite3 {
  async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(PRAGMAS.map((p) => `PRAGMA ${p};`).join("\n"));
    return adapter;
  }
}

let write = null;

export async function tickPrisma({ key, done }) {
  write ??= connect();
  await write(String(key), done === true);
  return { ok: true };
}

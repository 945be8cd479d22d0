import { test } from "node:test";
import assert from "node:assert/strict";
import { databaseConfig } from "@/prisma/database-url.mjs";

// The durability the README claims, read back from the app's own connection: crash.spec.ts
// kill -9s the server, which the OS page cache survives whatever `synchronous` says, so
// only this shows that each commit is synced (FULL) and that the other settings hold.
const skip = databaseConfig(process.env.DATABASE_URL).provider === "postgresql" ? "SQLite pragmas; DATABASE_URL names PostgreSQL" : false;

test("the app's SQLite connection runs with WAL, synchronous=FULL, foreign keys and a 5 s busy timeout", { skip }, async (t) => {
  const { db } = await import("@/app/lib/db/client");
  t.after(() => db.$disconnect());
  const pragma = async (name: string) => {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
    return Object.values(rows[0] ?? {})[0];
  };
  assert.equal(await pragma("journal_mode"), "wal");
  assert.equal(Number(await pragma("synchronous")), 2, "synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA");
  assert.equal(Number(await pragma("foreign_keys")), 1);
  assert.equal(Number(await pragma("busy_timeout")), 5000);
});

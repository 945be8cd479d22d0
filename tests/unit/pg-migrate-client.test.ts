import { test } from "node:test";
import assert from "node:assert/strict";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseConfig } from "@/prisma/database-url.mjs";
import { MigrateClient } from "@/prisma/pg-migrate-client.mjs";

// Prisma Migrate reads PostgreSQL's catalog through @prisma/adapter-pg (prisma.config.ts).
// Its columns are of the `name` type, which the adapter of Prisma 6.19 cannot read; the
// client made for migrations reports them as text. The first assertion fails once the
// adapter learns the type, and then the workaround can go.
const db = databaseConfig(process.env.DATABASE_URL);
const skip = db.provider === "postgresql" ? false : "needs PostgreSQL (DATABASE_URL=postgresql://...)";
const catalogQuery = { sql: `SELECT nspname FROM pg_namespace WHERE nspname = 'public'`, args: [], argTypes: [] };

test("the migrations' pg client lets the adapter read the catalog's `name` columns as text", { skip }, async () => {
  const plain = await new PrismaPg({ connectionString: db.url }).connect();
  try {
    await assert.rejects(plain.queryRaw(catalogQuery), /UnsupportedNativeDataType|name/);
  } finally {
    await plain.dispose();
  }
  const patched = await new PrismaPg({ connectionString: db.url, Client: MigrateClient }).connect();
  try {
    const result = await patched.queryRaw(catalogQuery);
    assert.deepEqual(result.rows, [["public"]]);
    const inTransaction = await patched.startTransaction();
    try {
      assert.deepEqual((await inTransaction.queryRaw(catalogQuery)).rows, [["public"]]);
    } finally {
      await inTransaction.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] });
      await inTransaction.rollback();
    }
  } finally {
    await patched.dispose();
  }
});

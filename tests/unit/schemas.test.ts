import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
// @ts-expect-error plain ES module shared with the Prisma scripts
import { postgresSchemaFrom, readSqliteSchema, postgresSchemaPath } from "../../prisma/schemas.mjs";

test("the PostgreSQL schema is exactly the SQLite one with its provider swapped", () => {
  assert.equal(readFileSync(postgresSchemaPath, "utf8"), postgresSchemaFrom(readSqliteSchema()), "run `npm run db:schemas`");
});

test("both providers have the same migrations, by name", () => {
  const names = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  assert.deepEqual(names("prisma/postgres/migrations"), names("prisma/migrations"));
});

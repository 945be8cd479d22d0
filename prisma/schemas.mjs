// One data model, two providers. The SQLite schema is the source; the PostgreSQL one is
// derived from it so the two cannot drift (tests/unit/schemas.test.ts checks the file).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
export const sqliteSchemaPath = path.join(here, "schema.prisma");
export const postgresSchemaPath = path.join(here, "postgres", "schema.prisma");

export function postgresSchemaFrom(sqliteSchema) {
  const out = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output          = "../app/lib/generated/sqlite"', 'output          = "../../app/lib/generated/postgres"')
    .replace(
      /^\/\/ The source of truth[\s\S]*?provider\.\n/m,
      "// GENERATED from prisma/schema.prisma by `npm run db:schemas`: edit that file, not this one.\n",
    );
  if (out === sqliteSchema || !out.includes('"postgresql"') || !out.includes("generated/postgres")) {
    throw new Error("prisma/schemas.mjs: the SQLite schema no longer has the lines it rewrites");
  }
  return out;
}

export function readSqliteSchema() {
  return readFileSync(sqliteSchemaPath, "utf8");
}

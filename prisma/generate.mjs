// Generates both Prisma clients (SQLite and PostgreSQL); the app picks one at run time
// from DATABASE_URL. With --write-postgres-schema it first rewrites the PostgreSQL schema.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { postgresSchemaFrom, readSqliteSchema, postgresSchemaPath, sqliteSchemaPath } from "./schemas.mjs";

const expected = postgresSchemaFrom(readSqliteSchema());
if (process.argv.includes("--write-postgres-schema")) {
  mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
  writeFileSync(postgresSchemaPath, expected);
  console.log("wrote", path.relative(process.cwd(), postgresSchemaPath));
} else if (readFileSync(postgresSchemaPath, "utf8") !== expected) {
  console.warn("prisma/postgres/schema.prisma is out of date: run `npm run db:schemas`");
}

const prisma = path.join("node_modules", ".bin", "prisma");
// generate connects to nothing, but the config it loads wants a URL of the schema's kind;
// PRISMA_QUERY_ENGINE_LIBRARY stops it from downloading a query engine the client never uses.
const targets = [
  [sqliteSchemaPath, "file:./prisma/odjava.db"],
  [postgresSchemaPath, "postgresql://localhost/odjava"],
];
for (const [schema, url] of targets) {
  execFileSync(prisma, ["generate", "--schema", schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
}
console.log("generated Prisma clients: app/lib/generated/{sqlite,postgres}");

import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { DEFAULT_SQLITE_URL, databaseConfig } from "@/prisma/database-url.mjs";

// The app, the migrations and the scripts all read DATABASE_URL through this one function:
// a postgres:// or postgresql:// URL (any case, spaces trimmed) is PostgreSQL, anything
// else a SQLite file, and nothing at all the default file.
test("DATABASE_URL names PostgreSQL by its scheme and anything else a SQLite file", () => {
  for (const raw of [undefined, "", "  "]) {
    assert.deepEqual(databaseConfig(raw), { provider: "sqlite", url: DEFAULT_SQLITE_URL, file: path.resolve("prisma/odjava.db") }, String(raw));
  }
  assert.deepEqual(databaseConfig("./x.db"), { provider: "sqlite", url: "file:./x.db", file: path.resolve("x.db") });
  assert.deepEqual(databaseConfig("file:/abs/y.db"), { provider: "sqlite", url: "file:/abs/y.db", file: "/abs/y.db" });
  for (const raw of ["postgres://u@h/db", "POSTGRESQL://u@h:5432/db", " postgresql://q/r "]) {
    assert.deepEqual(databaseConfig(raw), { provider: "postgresql", url: raw.trim() }, raw);
  }
  assert.equal(databaseConfig("mysql://no").provider, "sqlite");
});

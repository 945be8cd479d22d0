import { test } from "node:test";
import assert from "node:assert/strict";
import * as scripts from "../../prisma/database-url.mjs";
import * as app from "../../app/lib/db-url";

// prisma/database-url.mjs (for the scripts) and app/lib/db-url.ts (for the app) must
// agree on every DATABASE_URL, or the app and the migrations would use different databases.
test("the scripts' and the app's reading of DATABASE_URL agree", () => {
  assert.equal(scripts.DEFAULT_SQLITE_URL, app.DEFAULT_SQLITE_URL);
  for (const raw of [undefined, "", "  ", "file:./.tmp/test.db", "./x.db", "file:/abs/y.db", "postgres://u@h/db", "POSTGRESQL://u@h:5432/db", " postgresql://q/r ", "mysql://no"]) {
    assert.deepEqual(scripts.databaseConfig(raw), app.databaseConfig(raw), String(raw));
  }
  assert.equal(scripts.databaseConfig("postgresql://u@h/db").provider, "postgresql");
  assert.equal(scripts.databaseConfig(undefined).provider, "sqlite");
});

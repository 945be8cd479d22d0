"use server";
import Database from "better-sqlite3";
import pg from "pg";
import { PRAGMAS } from "./pragmas";

const UPSERT = 'INSERT INTO "Tick" ("key", "done") VALUES ($1, $2) ON CONFLICT ("key") DO UPDATE SET "done" = excluded."done"';

// FLOOR_DATABASE_URL: file:<path> (SQLite) or postgresql://...; the bench creates the table.
function connect() {
  const url = process.env.FLOOR_DATABASE_URL ?? "";
  if (url.startsWith("postgresql://")) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return (key, done) => pool.query(UPSERT, [key, done]);
  }
  const db = new Database(url.replace(/^file:/, ""));
  for (const p of PRAGMAS) db.pragma(p);
  const upsert = db.prepare(UPSERT.replace(/\$\d/g, "?"));
  return async (key, done) => upsert.run(key, done ? 1 : 0);
}

let write = null;

// Writes one row: the key's state, as a checklist tick does.
export async function tick({ key, done }) {
  write ??= connect();
  await write(String(key), done === true);
  return { ok: true };
}

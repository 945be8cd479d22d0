// Direct reads of the database the test server uses (DATABASE_URL, as tests/support/e2e-env.mjs sets it):
// SQLite through better-sqlite3, PostgreSQL through pg. Tests use it to prove what was
// and was not written, independently of the app's own code.
import Database from "better-sqlite3";
import pg from "pg";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { databaseConfig } from "../../prisma/database-url.mjs";
import { E2E_SQLITE_URL } from "./e2e-env.mjs";

const config = databaseConfig(process.env.DATABASE_URL ?? E2E_SQLITE_URL);
const { url } = config;
export const isPostgres = config.provider === "postgresql";
export const TABLES = [
  "User",
  "Case",
  "ChecklistItem",
  "CaseEvent",
  "Evidence",
  "Session",
  "Throttle",
  "EmailToken",
  "FileRemoval",
  "Reminder",
  "MailOptOut",
] as const;

let pool: pg.Pool | null = null;
let sqlite: Database.Database | null = null;

// `sql` uses ? placeholders on both databases.
export async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (isPostgres) {
    pool ??= new pg.Pool({ connectionString: url, max: 2 });
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    return (await pool.query(text, params)).rows as T[];
  }
  sqlite ??= new Database(config.provider === "sqlite" ? config.file : url, { readonly: true, fileMustExist: true });
  return sqlite.prepare(sql).all(...params) as T[];
}

// A hash of every row of every table and of the receipt files on disk (names and sizes):
// equal before and after means nothing was written.
// What the person's data looks like, to prove an action wrote nothing. Attempt counters
// (Throttle) are bookkeeping, not data, and a session's last-seen time moves by itself.
const FINGERPRINT: Partial<Record<(typeof TABLES)[number], string>> = { Throttle: "", Session: `"id", "userId", "device", "createdAt"` };

export async function fingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const table of TABLES) {
    const columns = FINGERPRINT[table] ?? "*";
    if (!columns) continue;
    // By the first two columns: an id, or a key of two (MailOptOut).
    const rows = await query(`SELECT ${columns} FROM "${table}" ORDER BY 1, 2`);
    hash.update(`${table}:${JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? v.toString() : v))}\n`);
  }
  const uploads = process.env.ODJAVA_UPLOAD_DIR;
  if (uploads && existsSync(uploads)) {
    for (const file of readdirSync(uploads, { recursive: true }).map(String).sort()) {
      hash.update(`file:${file}:${statSync(path.join(uploads, file)).size}\n`);
    }
  }
  return hash.digest("hex");
}

export async function closeDb() {
  await pool?.end();
  pool = null;
  sqlite?.close();
  sqlite = null;
  writer?.close();
  writer = null;
}

let writer: Database.Database | null = null;

// A new account, written as the app's sign-up writes it (Prisma's column formats: on
// SQLite a DateTime is ISO text with "+00:00"). For tests that need a person, not a sign-up.
// `verified`: the address counts as confirmed (as after its link was opened).
export async function insertUser(email: string, passwordHash: string, verified = false): Promise<string> {
  const id = `t${randomBytes(12).toString("hex")}`;
  const now = new Date();
  if (isPostgres) {
    pool ??= new pg.Pool({ connectionString: url, max: 2 });
    await pool.query(`INSERT INTO "User" ("id", "email", "passwordHash", "createdAt", "emailVerifiedAt") VALUES ($1, $2, $3, $4, $5)`, [
      id,
      email,
      passwordHash,
      now,
      verified ? now : null,
    ]);
  } else {
    writer ??= new Database(config.provider === "sqlite" ? config.file : url, { fileMustExist: true, timeout: 5000 });
    const at = now.toISOString().replace("Z", "+00:00");
    writer
      .prepare(`INSERT INTO "User" ("id", "email", "passwordHash", "createdAt", "emailVerifiedAt") VALUES (?, ?, ?, ?, ?)`)
      .run(id, email, passwordHash, at, verified ? at : null);
  }
  return id;
}

// Fills a fresh, migrated database with realistic data: `people` accounts, each with a
// session and three cases at different stages (facts, ticks, timeline events). Rows go in
// with multi-row INSERTs in one transaction, straight through the database driver: seeding
// 10,000 people through the app would measure the seeding, not the app.
import Database from "better-sqlite3";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { databaseConfig } from "../../prisma/database-url.mjs";

export const BENCH_EMAIL = "bench@example.com";
export const BENCH_PASSWORD = "bench password 0123";

const OPERATORS = ["yettel", "a1", "mts", "globaltel", "other"];
const PREFIX = { yettel: "63", a1: "60", mts: "64", globaltel: "67", other: "62" };
const PREPARE = ["twofa-bank", "twofa-euprava", "number-whatsapp", "contacts-saved", "keep-number-decided"];
const SHOP = ["shop-id", "shop-letter", "shop-stamp"];

let counter = 0;
const id = () => `c${Date.now().toString(36)}${(counter++).toString(36).padStart(5, "0")}${randomBytes(5).toString("hex")}`.slice(0, 25);

function rowsFor(people, passwordHash) {
  const users = [];
  const cases = [];
  const items = [];
  const events = [];
  // Everyone but the bench user (who signs in through the app) has a live session: the
  // Session table is then as large as a real one, and its lookups' plans are those of one.
  const sessions = [];
  const recent = new Date(Date.now() - 3600000);
  const day = (n) => new Date(Date.UTC(2026, 9, 1) + n * 86400000);
  for (let u = 0; u < people; u++) {
    const userId = id();
    const bench = u === 0;
    users.push({
      id: userId,
      email: bench ? BENCH_EMAIL : `person${u}@example.com`,
      passwordHash,
      locale: bench ? "zh-Hans" : ["en", "zh-Hans", "sr-Latn"][u % 3],
      createdAt: day(u % 50),
    });
    if (!bench) sessions.push({ id: randomBytes(24).toString("base64url"), userId, device: "Firefox on Android", createdAt: recent, lastSeenAt: recent });
    for (let k = 0; k < 3; k++) {
      const caseId = id();
      const operator = OPERATORS[(u + k) % OPERATORS.length];
      const stage = (u + k) % 4; // 0 new, 1 prepared, 2 submitted, 3 closed
      const created = day((u + k) % 50);
      cases.push({
        id: caseId,
        userId,
        operator,
        phoneE164: `+3816${PREFIX[operator].slice(1)}${String(1000000 + u * 3 + k).slice(-7)}`,
        planType: k === 1 ? "prepaid" : "postpaid",
        contractEndDate: k === 0 ? "2027-03-31" : null,
        unpaidBills: stage > 0 ? "no" : null,
        accountProblems: stage > 0 ? "no" : null,
        channel: stage > 1 ? (k === 2 ? "letter" : "shop") : null,
        idDocument: stage > 1 ? "passport" : null,
        holderName: stage > 1 ? (bench ? "王芳 Đorđević" : `Osoba ${u}`) : null,
        letterPlace: stage > 1 ? "Beograd" : null,
        reason: stage > 1 ? "moving-abroad" : null,
        submittedOn: stage > 1 ? "2026-11-05" : null,
        operatorReference: stage > 1 ? `REF-${u}-${k}` : null,
        answerOn: stage > 2 ? "2026-11-12" : null,
        answerNote: stage > 2 ? "Linija se gasi 1. decembra." : null,
        closedOn: stage > 2 ? "2026-12-01" : null,
        createdAt: created,
        updatedAt: new Date(created.getTime() + 3600000 * (1 + stage)),
      });
      const ticked = stage === 0 ? PREPARE.slice(0, 2) : stage === 1 ? PREPARE : [...PREPARE, ...(k === 2 ? [] : SHOP)];
      for (const key of ticked) items.push({ id: id(), caseId, key, done: true, doneAt: created, updatedAt: created });
      events.push({ id: id(), caseId, type: "case_created", payload: "{}", createdAt: created });
      if (stage > 0) events.push({ id: id(), caseId, type: "step_completed", payload: '{"step":"eligibility"}', createdAt: created });
      if (stage > 0) events.push({ id: id(), caseId, type: "step_completed", payload: '{"step":"prepare"}', createdAt: created });
      if (stage > 1) events.push({ id: id(), caseId, type: "submitted", payload: '{"date":"2026-11-05","channel":"shop"}', createdAt: created });
      if (stage > 2) events.push({ id: id(), caseId, type: "line_closed", payload: '{"date":"2026-12-01"}', createdAt: created });
    }
  }
  return { User: users, Session: sessions, Case: cases, ChecklistItem: items, CaseEvent: events };
}

// Prisma's SQLite columns: DateTime as ISO text with "+00:00", Boolean as 0/1.
const sqliteValue = (v) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v);

export async function seed(databaseUrl, people) {
  const passwordHash = await hash(BENCH_PASSWORD, { algorithm: 2 });
  const tables = rowsFor(people, passwordHash);
  await insertRows(databaseUrl, tables);
  return Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length]));
}

// Rows straight into the tables (`{ Table: [row, ...] }`), in one transaction, then ANALYZE.
export async function insertRows(databaseUrl, tables) {
  const batch = 500;
  const config = databaseConfig(databaseUrl);
  if (config.provider === "postgresql") {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query("BEGIN");
    for (const [table, rows] of Object.entries(tables)) {
      const cols = Object.keys(rows[0]);
      for (let i = 0; i < rows.length; i += batch) {
        const chunk = rows.slice(i, i + batch);
        const params = [];
        const values = chunk.map((r) => `(${cols.map((c) => (params.push(r[c]), `$${params.length}`)).join(",")})`);
        await client.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES ${values.join(",")}`, params);
      }
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
    await client.end();
  } else {
    const db = new Database(config.file);
    db.pragma("journal_mode = WAL");
    db.transaction(() => {
      for (const [table, rows] of Object.entries(tables)) {
        const cols = Object.keys(rows[0]);
        for (let i = 0; i < rows.length; i += batch) {
          const chunk = rows.slice(i, i + batch);
          const stmt = db.prepare(
            `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES ${chunk.map(() => `(${cols.map(() => "?").join(",")})`).join(",")}`,
          );
          stmt.run(...chunk.flatMap((r) => cols.map((c) => sqliteValue(r[c]))));
        }
      }
    })();
    db.exec("ANALYZE");
    db.close();
  }
}

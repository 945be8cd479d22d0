// The plans of /cases/[id]'s hot queries, on the database of the growth run (10x the data):
// each must find its rows by an index. The statements are written out by hand after the
// ones the query log shows (the log holds each statement cut to 160 characters), with the
// bench user's ids in place of the placeholders; `uncovered` names any table the logged
// statements read that none of these does, so a new hot query cannot go unchecked.
import Database from "better-sqlite3";
import pg from "pg";

// The tables a statement of the query log reads (Prisma names them `main`.`Case` on
// SQLite, "public"."Case" on PostgreSQL; the session query is written by hand in the app).
export function tablesOf(statement) {
  const names = [...statement.matchAll(/[`"](?:main|public)[`"]\.[`"](\w+)[`"]|\b(?:FROM|JOIN) [`"](\w+)[`"]/g)].map((m) => m[1] ?? m[2]);
  // A statement cut right after its schema's name ("FROM `main`") names no table there.
  return names.filter((n) => n !== "main" && n !== "public");
}

function hotQueries({ sessionId, userId, caseId }) {
  return [
    {
      name: "session and its user",
      tables: ["Session", "User"],
      sql: `SELECT s."userId", u."email", u."locale", s."createdAt", s."lastSeenAt" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = '${sessionId}'`,
    },
    { name: "the case", tables: ["Case"], sql: `SELECT * FROM "Case" WHERE "id" = '${caseId}' AND "userId" = '${userId}' LIMIT 1` },
    {
      name: "its checklist items",
      tables: ["ChecklistItem"],
      sql: `SELECT "key", "done", "doneAt", "caseId" FROM "ChecklistItem" WHERE "caseId" IN ('${caseId}')`,
    },
    {
      name: "its events",
      tables: ["CaseEvent"],
      sql: `SELECT "id", "type", "payload", "createdAt", "caseId" FROM "CaseEvent" WHERE "caseId" IN ('${caseId}') ORDER BY "createdAt" ASC`,
    },
  ];
}

// SQLite: every table found by SEARCH on an index or key, none read by SCAN.
function sqliteVerdict(lines) {
  const indexed = lines.filter((l) => /^SEARCH \S+.* USING (INDEX|COVERING INDEX|PRIMARY KEY|INTEGER PRIMARY KEY)\b/.test(l));
  return indexed.length > 0 && !lines.some((l) => /^SCAN \S+/.test(l) && !/^SCAN CONSTANT ROW/.test(l));
}

// PostgreSQL: no sequential scan of the app's tables.
const BIG = ["Case", "ChecklistItem", "CaseEvent", "Session", "User"];
const postgresVerdict = (lines) => !lines.some((l) => BIG.some((t) => l.includes(`Seq Scan on "${t}"`)));

/** @returns {Promise<{ queries: { name: string, ok: boolean, plan: string[] }[], uncovered: string[] }>} */
export async function checkPlans(databaseUrl, ids, loggedStatements) {
  const queries = hotQueries(ids);
  const covered = new Set(queries.flatMap((q) => q.tables));
  const uncovered = [...new Set(loggedStatements.flatMap(tablesOf))].filter((t) => !covered.has(t));
  const out = [];
  if (databaseUrl.startsWith("postgresql://")) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    for (const q of queries) {
      const plan = (await client.query(`EXPLAIN ${q.sql}`)).rows.map((r) => r["QUERY PLAN"]);
      out.push({ name: q.name, ok: postgresVerdict(plan), plan });
    }
    await client.end();
  } else {
    const db = new Database(databaseUrl.replace(/^file:/, ""), { readonly: true });
    for (const q of queries) {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${q.sql}`)
        .all()
        .map((r) => r.detail);
      out.push({ name: q.name, ok: sqliteVerdict(plan), plan });
    }
    db.close();
  }
  return { queries: out, uncovered };
}

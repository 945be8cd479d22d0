#!/usr/bin/env node
// `npm run bench`: builds the app, seeds a fresh database with 1,000 people x 3 cases,
// starts the production server, signs the bench user in and drives load on loopback with
// autocannon. Prints one table (p50/p95/p99, requests per second, errors, ratios to the
// baseline, queries per request) and writes it as JSON to .tmp/bench/.
//
//   npm run bench                              SQLite; then 10x the data for the growth check
//   npm run bench -- --db postgres             PostgreSQL (BENCH_DATABASE_URL, or a
//                                              throwaway odjava_bench on 127.0.0.1:5432)
//   npm run bench -- --db postgres --instances 2   two app instances on one database
//   options: --duration 10 (seconds per target), --skip-build, --no-growth, --no-lighthouse, --no-mail
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_EMAIL, BENCH_PASSWORD, seed } from "./seed.mjs";
import { browserFigures } from "./browser.mjs";
import { mailFigures } from "./mail.mjs";
import { actionId } from "../support/actions.mjs";
import { freePort } from "../support/net.mjs";

const root = path.resolve(import.meta.dirname, "../..");
process.chdir(root);
const { values: opts } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    instances: { type: "string", default: "1" },
    duration: { type: "string", default: "10" },
    people: { type: "string", default: "1000" },
    "skip-build": { type: "boolean", default: false },
    "no-growth": { type: "boolean", default: false },
    "no-lighthouse": { type: "boolean", default: false },
    "no-mail": { type: "boolean", default: false },
  },
});
const DURATION = Number(opts.duration);
const PEOPLE = Number(opts.people);
const INSTANCES = Number(opts.instances);
const postgres = opts.db === "postgres";
const secret = "bench-secret-not-for-production-0123456789";
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: secret,
  ODJAVA_UPLOAD_DIR: path.resolve(".tmp/bench/uploads"),
};
mkdirSync(".tmp/bench", { recursive: true });
rmSync(env.ODJAVA_UPLOAD_DIR, { recursive: true, force: true });

const log = (...a) => console.log(...a);
function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

// ---- database ---------------------------------------------------------------------

async function freshDatabase(tag) {
  if (!postgres) {
    const file = `.tmp/bench/${tag}.db`;
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    const url = `file:./${file}`;
    run("node", ["-e", "import('./prisma/setup.mjs').then(m => m.migrate())"], { DATABASE_URL: url });
    return url;
  }
  const base = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/odjava_bench";
  const u = new URL(base);
  const name = `${u.pathname.slice(1)}_${tag}`;
  const admin = new pg.Client({ connectionString: Object.assign(new URL(base), { pathname: "/postgres" }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  u.pathname = `/${name}`;
  run("node", ["-e", "import('./prisma/setup.mjs').then(m => m.migrate())"], { DATABASE_URL: u.toString() });
  return u.toString();
}

// ---- servers ----------------------------------------------------------------------

async function startServer(databaseUrl, extraEnv = {}) {
  const port = await freePort();
  const out = [];
  const child = spawn("node", ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...env, DATABASE_URL: databaseUrl, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout.on("data", (d) => out.push(d.toString()));
  child.stderr.on("data", (d) => out.push(d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/robots.txt`)).ok) break;
    } catch {}
    if (i > 300) throw new Error(`server did not start:\n${out.join("")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    out,
    stop: () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
    },
  };
}

// Signs in through the sign-in form's server action, as the browser does; returns the cookie.
async function signIn(origin, email = BENCH_EMAIL, password = BENCH_PASSWORD) {
  const body = new FormData();
  body.append("_1_email", email);
  body.append("_1_password", password);
  body.append("_1_next", "/cases");
  body.append("0", JSON.stringify([{ ok: false }, "$K1"]));
  const res = await fetch(`${origin}/sign-in`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { "next-action": actionId("signInAction"), accept: "text/x-component" },
  });
  await res.text();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return cookie.includes("session-token") ? cookie : null;
}

async function ids(databaseUrl, sql) {
  if (postgres) {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    const rows = (await c.query(sql)).rows;
    await c.end();
    return rows.map((r) => r.id);
  }
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(databaseUrl.replace(/^file:/, ""), { readonly: true });
  const rows = db.prepare(sql).all();
  db.close();
  return rows.map((r) => r.id);
}

const benchCases = (databaseUrl) =>
  ids(databaseUrl, `SELECT c."id" FROM "Case" c JOIN "User" u ON u."id" = c."userId" WHERE u."email" = '${BENCH_EMAIL}' ORDER BY c."createdAt"`);

// Attaches RECEIPTS photos of 1 MB each to the case through the upload action, one after
// another as a person would, timing each; returns the timings and the first file's id.
const RECEIPTS = 8;
async function uploadReceipts(origin, cookie, databaseUrl, caseId) {
  const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from("JFIF\0"), randomBytes(1_000_000 - 11)]);
  const times = [];
  for (let i = 0; i < RECEIPTS; i++) {
    const body = new FormData();
    body.append("_1_file", new Blob([photo], { type: "image/jpeg" }), `receipt-${i}.jpg`);
    body.append("0", JSON.stringify([{ caseId, step: "submit" }, { ok: false }, "$K1"]));
    const start = performance.now();
    const res = await fetch(`${origin}/cases/${caseId}/submit`, {
      method: "POST",
      body,
      headers: { cookie, "next-action": actionId("uploadEvidenceAction"), accept: "text/x-component" },
    });
    const text = await res.text();
    times.push(performance.now() - start);
    if (!text.includes('"ok":true')) throw new Error(`upload refused: ${text.slice(0, 300)}`);
  }
  const [first] = await ids(databaseUrl, `SELECT "id" FROM "Evidence" WHERE "caseId" = '${caseId}' ORDER BY "createdAt"`);
  times.sort((a, b) => a - b);
  return { evidenceId: first, upload: { files: RECEIPTS, bytes: photo.length, p50: Math.round(percentile(times, 50)), max: Math.round(times.at(-1)) } };
}

// ---- load -------------------------------------------------------------------------

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// Drives `connections` connections for `seconds` against one or more origins (the load
// split evenly), recording every response's latency.
async function load(origins, target, connections, seconds) {
  const latencies = [];
  let errors = 0;
  let bytes = 0;
  const per = Math.max(1, Math.round(connections / origins.length));
  const runs = origins.map(
    (origin) =>
      new Promise((resolve, reject) => {
        const inst = autocannon(
          { url: origin, connections: per, duration: seconds, requests: target.requests, headers: target.headers, timeout: 20 },
          (err, result) => (err ? reject(err) : resolve(result)),
        );
        inst.on("response", (_client, status, resBytes, ms) => {
          latencies.push(ms);
          bytes += resBytes;
          if (status >= 400 || (target.expect && status !== target.expect)) errors++;
        });
      }),
  );
  const results = await Promise.all(runs);
  errors += results.reduce((n, r) => n + r.errors + r.timeouts, 0);
  latencies.sort((a, b) => a - b);
  return {
    connections,
    requests: latencies.length,
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p95: Math.round(percentile(latencies, 95) * 10) / 10,
    p99: Math.round(percentile(latencies, 99) * 10) / 10,
    rps: latencies.length / seconds,
    errors,
    bytesPerResponse: Math.round(bytes / Math.max(1, latencies.length)),
  };
}

function targetsFor(cookie, caseId, pdfCaseId, evidenceId) {
  const headers = { cookie, "accept-encoding": "gzip" };
  const tickHeaders = { ...headers, "next-action": actionId("toggleItemAction"), accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" };
  const keys = ["twofa-bank", "twofa-euprava", "number-whatsapp", "contacts-saved"];
  return [
    { name: "baseline: / (home page)", path: "/", connections: 20, requests: [{ method: "GET", path: "/" }], headers, expect: 200 },
    { name: "/cases", path: "/cases", connections: 20, requests: [{ method: "GET", path: "/cases" }], headers, expect: 200 },
    // A public guide (issue 17): prerendered, served as a file to anyone, no cookie.
    {
      name: "public guide: /en/guides/yettel (static)",
      path: "/en/guides/yettel",
      connections: 20,
      requests: [{ method: "GET", path: "/en/guides/yettel" }],
      headers: { "accept-encoding": "gzip" },
      expect: 200,
    },
    { name: "/cases/[id]", path: `/cases/${caseId}`, connections: 20, requests: [{ method: "GET", path: `/cases/${caseId}` }], headers, expect: 200 },
    {
      name: "checklist tick (server action)",
      path: `/cases/${caseId}/prepare`,
      connections: 10,
      // Flips four items on and off, as people tapping boxes do.
      requests: keys.flatMap((key) =>
        [true, false].map((done) => ({ method: "POST", path: `/cases/${caseId}/prepare`, body: JSON.stringify([{ caseId, key, done }]) })),
      ),
      headers: tickHeaders,
      expect: 200,
      tick: true,
    },
    {
      name: "/cases/[id]/summary.pdf (Chinese)",
      path: `/cases/${pdfCaseId}/summary.pdf`,
      connections: 1,
      requests: [{ method: "GET", path: `/cases/${pdfCaseId}/summary.pdf` }],
      headers,
      expect: 200,
    },
    // The step pages and files issue 7 added: the prepare step (keep-my-number pre-check,
    // lapse date) and the shop sheet.
    {
      name: "/cases/[id]/prepare",
      path: `/cases/${caseId}/prepare`,
      connections: 20,
      requests: [{ method: "GET", path: `/cases/${caseId}/prepare` }],
      headers,
      expect: 200,
    },
    {
      name: "/cases/[id]/shop-sheet.pdf (Chinese)",
      path: `/cases/${pdfCaseId}/shop-sheet.pdf`,
      connections: 1,
      requests: [{ method: "GET", path: `/cases/${pdfCaseId}/shop-sheet.pdf` }],
      headers,
      expect: 200,
    },
    {
      name: "/cases/[id]/power-of-attorney.pdf (Chinese)",
      path: `/cases/${pdfCaseId}/power-of-attorney.pdf`,
      connections: 1,
      requests: [{ method: "GET", path: `/cases/${pdfCaseId}/power-of-attorney.pdf` }],
      headers,
      expect: 200,
    },
    // Receipts: the submit step listing RECEIPTS attached photos with previews, and one
    // 1 MB photo itself, read from disk and checked against its hash on every request.
    {
      name: "/cases/[id]/submit (8 receipts)",
      path: `/cases/${caseId}/submit`,
      connections: 20,
      requests: [{ method: "GET", path: `/cases/${caseId}/submit` }],
      headers,
      expect: 200,
    },
    {
      name: "/cases/[id]/evidence/[evidenceId] (1 MB)",
      path: `/cases/${caseId}/evidence/${evidenceId}`,
      connections: 10,
      requests: [{ method: "GET", path: `/cases/${caseId}/evidence/${evidenceId}` }],
      headers,
      expect: 200,
    },
  ];
}

// Database queries one request makes: a separate server started with query logging
// (ODJAVA_LOG_QUERIES=1), one request at a time.
async function queriesPerRequest(databaseUrl, targets) {
  const server = await startServer(databaseUrl, { ODJAVA_LOG_QUERIES: "1" });
  const counts = {};
  try {
    for (const t of targets) {
      const r = t.requests[0];
      // Twice: the first warms the route; count the second.
      for (let i = 0; i < 2; i++) {
        const before = server.out.join("").split("[query]").length;
        const res = await fetch(server.origin + r.path, { method: r.method, body: r.body, headers: t.headers });
        await res.arrayBuffer();
        await new Promise((res) => setTimeout(res, 150));
        counts[t.name] = server.out.join("").split("[query]").length - before;
      }
    }
  } finally {
    server.stop();
  }
  return counts;
}

// ---- one full run -----------------------------------------------------------------

async function benchOnce({ tag, people, only }) {
  const t0 = Date.now();
  const databaseUrl = await freshDatabase(tag);
  const counts = await seed(databaseUrl, people);
  log(`seeded ${tag}: ${JSON.stringify(counts)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const [caseId, , pdfCaseId] = await benchCases(databaseUrl);
  const servers = [];
  for (let i = 0; i < INSTANCES; i++) servers.push(await startServer(databaseUrl));
  try {
    const cookie = await signIn(servers[0].origin);
    if (!cookie) throw new Error("bench user could not sign in");
    const { evidenceId, upload } = only ? { evidenceId: null, upload: null } : await uploadReceipts(servers[0].origin, cookie, databaseUrl, caseId);
    if (upload) log(`  upload: ${upload.files} photos of ${(upload.bytes / 1e6).toFixed(1)} MB, one at a time: p50 ${upload.p50} ms, max ${upload.max} ms`);
    let targets = targetsFor(cookie, caseId, pdfCaseId, evidenceId);
    if (only) targets = targets.filter((t) => only.includes(t.name));
    const queries = await queriesPerRequest(databaseUrl, targets);
    const rows = [];
    for (const t of targets) {
      await load(
        servers.map((s) => s.origin),
        t,
        t.connections,
        2,
      ); // warm-up
      const r = await load(
        servers.map((s) => s.origin),
        t,
        t.connections,
        DURATION,
      );
      rows.push({ target: t.name, ...r, queries: queries[t.name] });
      log(`  ${t.name}: p95 ${r.p95} ms, ${r.rps.toFixed(0)} req/s, ${r.errors} errors`);
    }
    let pdfBytes = null;
    const pdfTarget = targets.find((t) => t.name.includes("summary.pdf"));
    if (pdfTarget) pdfBytes = (await (await fetch(servers[0].origin + pdfTarget.path, { headers: { cookie } })).arrayBuffer()).byteLength;
    return { databaseUrl, rows, pdfBytes, cookie, caseId, servers, upload };
  } catch (e) {
    servers.forEach((s) => s.stop());
    throw e;
  }
}

function table(rows) {
  const base = rows.find((r) => r.target.startsWith("baseline"));
  const head = ["target", "conns", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "p95 / base", "req/s / base", "queries"];
  const lines = rows.map((r) => [
    r.target,
    r.connections,
    r.p50,
    r.p95,
    r.p99,
    r.rps.toFixed(0),
    r.errors,
    base ? (r.p95 / base.p95).toFixed(2) : "",
    base ? (r.rps / base.rps).toFixed(2) : "",
    r.queries ?? "",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const fmt = (l) => l.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [fmt(head), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(fmt)].join("\n");
}

// Two instances: a session from one is valid on the other, both show the same case, and
// failed sign-ins on one count on the other (throttling lives in the database).
async function checkInstances(servers, cookie, caseId) {
  const [a, b] = servers;
  const pageA = await (await fetch(`${a.origin}/cases/${caseId}`, { headers: { cookie } })).text();
  const pageB = await (await fetch(`${b.origin}/cases/${caseId}`, { headers: { cookie } })).text();
  const phone = (html) => html.match(/\+381 6\d \d+/)?.[0];
  const same = phone(pageA) !== undefined && phone(pageA) === phone(pageB);
  const email = `throttle-${Date.now()}@example.com`;
  for (let i = 0; i < 5; i++) await signIn(i % 2 ? a.origin : b.origin, email, "wrong password 1");
  const body = new FormData();
  body.append("_1_email", email);
  body.append("_1_password", "wrong password 1");
  body.append("0", JSON.stringify([{ ok: false }, "$K1"]));
  const sixth = await (
    await fetch(`${a.origin}/sign-in`, { method: "POST", body, headers: { "next-action": actionId("signInAction"), accept: "text/x-component" } })
  ).text();
  const throttled = /Too many failed attempts|Try again in/.test(sixth);
  return { sessionSharedAndSameCase: same, throttleShared: throttled };
}

// ---- main -------------------------------------------------------------------------

const started = Date.now();
if (!opts["skip-build"]) run("node", ["node_modules/next/dist/bin/next", "build"]);
const db = postgres ? "postgres" : "sqlite";
log(`\n== bench on ${db}, ${INSTANCES} instance(s), ${PEOPLE} people x 3 cases, ${DURATION} s per target`);
const main = await benchOnce({ tag: "main", people: PEOPLE });
const report = {
  date: new Date().toISOString(),
  db,
  instances: INSTANCES,
  people: PEOPLE,
  durationSeconds: DURATION,
  cpus: (await import("node:os")).cpus().length,
  rows: main.rows,
  pdfBytes: main.pdfBytes,
  upload: main.upload,
};

if (INSTANCES > 1) report.instancesCheck = await checkInstances(main.servers, main.cookie, main.caseId);
{
  const figures = await browserFigures(main.servers[0].origin, main.cookie, main.caseId, { lighthouse: !opts["no-lighthouse"] });
  Object.assign(report, figures);
}
main.servers.forEach((s) => s.stop());

if (!opts["no-growth"]) {
  log(`\n== growth: ${PEOPLE * 10} people x 3 cases`);
  const big = await benchOnce({ tag: "growth", people: PEOPLE * 10, only: ["/cases/[id]"] });
  big.servers.forEach((s) => s.stop());
  const small = main.rows.find((r) => r.target === "/cases/[id]");
  const large = big.rows[0];
  report.growth = { people: PEOPLE * 10, p95: large.p95, p95Ratio: large.p95 / small.p95, rps: large.rps, queries: large.queries };
}

if (!opts["no-mail"]) {
  log("\n== mail: 1,000 reminders due, two instances, then a restart of both");
  report.mail = await mailFigures({ freshDatabase, startServer });
}

log(`\n== results (${db}, ${INSTANCES} instance(s), ${report.cpus} cores, ${PEOPLE} people x 3 cases)\n`);
log(table(main.rows));
if (main.upload)
  log(
    `\nreceipt upload (server action, ${(main.upload.bytes / 1e6).toFixed(1)} MB photo, one at a time, ${main.upload.files} files): p50 ${main.upload.p50} ms, max ${main.upload.max} ms`,
  );
const row = (name) => main.rows.find((r) => r.target.startsWith(name));
const base = row("baseline");
const checks = [
  ["/cases/[id] p95 <= 1.5x baseline p95", row("/cases/[id]").p95 <= 1.5 * base.p95, `${(row("/cases/[id]").p95 / base.p95).toFixed(2)}x`],
  ["/cases/[id] req/s >= 0.6x baseline", row("/cases/[id]").rps >= 0.6 * base.rps, `${(row("/cases/[id]").rps / base.rps).toFixed(2)}x`],
  ["/cases/[id] 0 errors", row("/cases/[id]").errors === 0, String(row("/cases/[id]").errors)],
  ["public guide req/s >= 5x baseline", row("public guide").rps >= 5 * base.rps, `${(row("public guide").rps / base.rps).toFixed(2)}x`],
  ["tick p95 <= 25 ms (10 connections)", row("checklist tick").p95 <= 25, `${row("checklist tick").p95} ms`],
  ["summary.pdf (Chinese) p95 <= 300 ms warm", row("/cases/[id]/summary.pdf").p95 <= 300, `${row("/cases/[id]/summary.pdf").p95} ms`],
  ["summary.pdf < 200 KB", main.pdfBytes < 200_000, `${(main.pdfBytes / 1024).toFixed(1)} KB`],
];
if (report.js)
  checks.push([
    "JS for /cases/[id] <= 1.2x simplest page",
    report.js.ratio <= 1.2,
    `${report.js.casePage} / ${report.js.simplest} B = ${report.js.ratio.toFixed(2)}x`,
  ]);
for (const [page, s] of Object.entries(report.lighthouse ?? {})) {
  checks.push([`Lighthouse ${page}: performance >= 95`, s.performance >= 95, String(s.performance)]);
  checks.push([`Lighthouse ${page}: accessibility 100`, s.accessibility === 100, String(s.accessibility)]);
  if (s.seo !== undefined) checks.push([`Lighthouse ${page}: SEO 100`, s.seo === 100, String(s.seo)]);
}
if (report.growth)
  checks.push([
    `growth: /cases/[id] p95 at ${report.growth.people} people <= 1.2x`,
    report.growth.p95Ratio <= 1.2,
    `${report.growth.p95} ms = ${report.growth.p95Ratio.toFixed(2)}x`,
  ]);
if (report.instancesCheck) {
  checks.push([
    "two instances: one session, same case",
    report.instancesCheck.sessionSharedAndSameCase,
    String(report.instancesCheck.sessionSharedAndSameCase),
  ]);
  checks.push(["two instances: sign-in throttling shared", report.instancesCheck.throttleShared, String(report.instancesCheck.throttleShared)]);
}
if (report.mail) {
  log(
    `\nmail: ${report.mail.delivered} of ${report.mail.count} reminders delivered in ${report.mail.secondsFromReady} s after two instances were ready (${report.mail.secondsFromStart} s from their start); ${report.mail.duplicates} duplicates after a restart of both`,
  );
  checks.push([
    "mail: 1,000 due reminders sent in < 30 s",
    report.mail.delivered === report.mail.count && report.mail.secondsFromStart < 30,
    `${report.mail.secondsFromStart} s`,
  ]);
  checks.push(["mail: 0 duplicates across two instances and a restart", report.mail.duplicates === 0, String(report.mail.duplicates)]);
}
log("\nbudgets:");
for (const [name, ok, figure] of checks) log(`  ${ok ? "met " : "MISS"}  ${name}: ${figure}`);
report.budgets = checks.map(([name, ok, figure]) => ({ name, ok, figure }));
const file = `.tmp/bench/results-${db}${INSTANCES > 1 ? `-${INSTANCES}x` : ""}.json`;
writeFileSync(file, JSON.stringify(report, null, 2));
log(`\nwrote ${file} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
process.exit(0);

#!/usr/bin/env node
// `npm run bench` (issue 18): builds Odjava and the floor app (tests/bench/floor, Next.js
// with nothing of Odjava's), seeds a fresh database with 1,000 people x 3 cases, starts both
// production servers, signs the bench user in and drives load on loopback with autocannon:
// every target three rounds in turn (round 1 all targets, then round 2, then round 3, so a
// drift of the machine hits them all alike). Each target is read as ratios to the home page
// and to the floor of the same round; the tables show the median of the rounds and their
// spread (min-max). Then JavaScript per page, Lighthouse, 10x the data (growth, with the
// hot queries' plans) and 1,000 reminders mailed. Writes every round to .tmp/bench/ as JSON.
//
//   npm run bench                              SQLite (growth on SQLite)
//   npm run bench -- --db postgres             PostgreSQL (BENCH_DATABASE_URL, or throwaway
//                                              odjava_bench_* databases on 127.0.0.1:5432)
//   npm run bench -- --db postgres --instances 2   two app instances on one database
//   options: --duration 5 (seconds per target and round), --skip-build, --no-growth,
//            --no-lighthouse, --no-mail
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_EMAIL, BENCH_PASSWORD, seed } from "./seed.mjs";
import { lighthouseScores } from "./browser.mjs";
import { FLOOR_DIR, buildFloor, checkFloorPragmas, createTickTable, floorTargets } from "./floor.mjs";
import { mailFigures } from "./mail.mjs";
import { checkPlans } from "./plans.mjs";
import { TIMED as RENDER_REQUESTS, renderCost } from "./render-cost.mjs";
import { scriptBytes } from "./scripts.mjs";
import { actionId } from "../support/actions.mjs";
import { freePort } from "../support/net.mjs";

const root = path.resolve(import.meta.dirname, "../..");
process.chdir(root);
const { values: opts } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    instances: { type: "string", default: "1" },
    duration: { type: "string", default: "5" },
    people: { type: "string", default: "1000" },
    "skip-build": { type: "boolean", default: false },
    "no-growth": { type: "boolean", default: false },
    "no-lighthouse": { type: "boolean", default: false },
    "no-mail": { type: "boolean", default: false },
  },
});
const DURATION = Number(opts.duration);
const WARM_UP = 1;
const ROUNDS = 3;
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

// An empty database of the run's kind: a new SQLite file, or a PostgreSQL database made anew.
async function emptyDatabase(tag) {
  if (!postgres) {
    const file = path.resolve(`.tmp/bench/${tag}.db`);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    return `file:${file}`;
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
  return u.toString();
}

// An empty database with Odjava's tables.
async function freshDatabase(tag) {
  const url = await emptyDatabase(tag);
  run("node", ["-e", "import('./prisma/setup.mjs').then(m => m.migrate())"], { DATABASE_URL: url });
  return url;
}

// ---- servers ----------------------------------------------------------------------

// A server process in a group of its own (stop() ends it and its children), ready once
// `readyPath` answers 200.
async function startProcess(args, extraEnv, readyPath, port) {
  const out = [];
  const child = spawn("node", args, { env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout.on("data", (d) => out.push(d.toString()));
  child.stderr.on("data", (d) => out.push(d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(origin + readyPath)).ok) break;
    } catch {}
    if (i > 300) throw new Error(`${args.join(" ")} did not start:\n${out.join("")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    out,
    pid: child.pid,
    stop: () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
    },
  };
}

async function startServer(databaseUrl, extraEnv = {}) {
  const port = await freePort();
  return startProcess(["server.mjs", "-p", String(port), "-H", "127.0.0.1"], { DATABASE_URL: databaseUrl, ...extraEnv }, "/robots.txt", port);
}

// The floor app, on a database of the run's kind holding only its one table.
async function startFloor() {
  const url = await emptyDatabase("floor");
  await createTickTable(url);
  const port = await freePort();
  const args = ["node_modules/next/dist/bin/next", "start", FLOOR_DIR, "-p", String(port), "-H", "127.0.0.1"];
  return startProcess(args, { FLOOR_DATABASE_URL: url }, "/", port);
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

// Attaches RECEIPTS photos of 1 MB each to each case through the upload action, one after
// another as a person would, timing each; returns the timings and the first case's first
// file's id. (The step pages show one case's receipts, the summary PDF lists another's.)
const RECEIPTS = 8;
async function uploadReceipts(origin, cookie, databaseUrl, caseIds) {
  const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from("JFIF\0"), randomBytes(1_000_000 - 11)]);
  const times = [];
  for (const caseId of caseIds) {
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
  }
  const [first] = await ids(databaseUrl, `SELECT "id" FROM "Evidence" WHERE "caseId" = '${caseIds[0]}' ORDER BY "createdAt"`);
  times.sort((a, b) => a - b);
  return { evidenceId: first, upload: { files: times.length, bytes: photo.length, p50: Math.round(percentile(times, 50)), max: Math.round(times.at(-1)) } };
}

// ---- load -------------------------------------------------------------------------

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// Drives the target's connections for `seconds` against its origins (the load split
// evenly), recording every response's latency.
async function load(target, seconds) {
  const { origins, connections } = target;
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

// The steps of a case (STEP_IDS in app/lib/vocabulary.ts) and the escalation page.
const STEPS = ["eligibility", "prepare", "contact", "submit", "wait", "confirm", "escalate"];

// Odjava's targets. `vs` names the floor row each is compared with; `signedIn` marks the
// pages held to the home page's figures.
function targetsFor(origins, cookie, caseId, pdfCaseId, evidenceId) {
  const headers = { cookie, "accept-encoding": "gzip" };
  const get = (name, path, more = {}) => ({
    name,
    origins,
    connections: 20,
    requests: [{ method: "GET", path }],
    headers,
    expect: 200,
    vs: "dynamic",
    ...more,
  });
  const page = (name, path) => get(name, path, { signedIn: true });
  const tickHeaders = { ...headers, "next-action": actionId("toggleItemAction"), accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" };
  const keys = ["twofa-bank", "twofa-euprava", "number-whatsapp", "contacts-saved"];
  const withReceipts = (step) => (step === "submit" || step === "wait" ? ` (${RECEIPTS} receipts)` : "");
  return [
    get("/ (home page)", "/", { home: true }),
    page("/cases", "/cases"),
    page("/cases/[id]", `/cases/${caseId}`),
    ...STEPS.map((step) => page(`/cases/[id]/${step}${withReceipts(step)}`, `/cases/${caseId}/${step}`)),
    page("/account", "/account"),
    {
      name: "checklist tick (server action)",
      origins,
      connections: 10,
      // Flips four items on and off, as people tapping boxes do.
      requests: keys.flatMap((key) =>
        [true, false].map((done) => ({ method: "POST", path: `/cases/${caseId}/prepare`, body: JSON.stringify([{ caseId, key, done }]) })),
      ),
      headers: tickHeaders,
      expect: 200,
      vs: "action",
      // And to the same write made through Prisma, which tells Prisma's share from Odjava's.
      vsAlso: "actionPrisma",
    },
    // A public guide (issue 17): prerendered, served as a file to anyone, no cookie.
    get("public guide: /en/guides/yettel (static)", "/en/guides/yettel", { headers: { "accept-encoding": "gzip" }, vs: "static" }),
    // The PDFs one at a time: each takes a CPU for its whole run.
    get(`/cases/[id]/summary.pdf (Chinese, ${RECEIPTS} receipts)`, `/cases/${pdfCaseId}/summary.pdf`, { connections: 1, summaryPdf: true }),
    get("/cases/[id]/shop-sheet.pdf (Chinese)", `/cases/${pdfCaseId}/shop-sheet.pdf`, { connections: 1 }),
    get("/cases/[id]/power-of-attorney.pdf (Chinese)", `/cases/${pdfCaseId}/power-of-attorney.pdf`, { connections: 1 }),
    // One 1 MB photo, read from disk and checked against its hash on every request.
    get("/cases/[id]/evidence/[evidenceId] (1 MB)", `/cases/${caseId}/evidence/${evidenceId}`, { connections: 10 }),
  ];
}

// Database queries one request makes, and their statements: a separate server started with
// query logging (ODJAVA_LOG_QUERIES=1), one request at a time.
async function queriesPerRequest(databaseUrl, targets) {
  const server = await startServer(databaseUrl, { ODJAVA_LOG_QUERIES: "1" });
  const lines = () =>
    server.out
      .join("")
      .split("\n")
      .filter((l) => l.includes("[query]"));
  const counts = {};
  const statements = {};
  try {
    for (const t of targets) {
      const r = t.requests[0];
      // Twice: the first warms the route; count the second.
      for (let i = 0; i < 2; i++) {
        const before = lines().length;
        const res = await fetch(server.origin + r.path, { method: r.method, body: r.body, headers: t.headers });
        await res.arrayBuffer();
        await new Promise((res) => setTimeout(res, 150));
        statements[t.name] = lines().slice(before);
        counts[t.name] = statements[t.name].length;
      }
    }
  } finally {
    server.stop();
  }
  return { counts, statements };
}

// Every target, ROUNDS rounds: each round runs all targets in turn, each after a warm-up.
async function rounds(targets, label) {
  const out = [];
  for (let round = 1; round <= ROUNDS; round++) {
    log(`  ${label}round ${round} of ${ROUNDS}`);
    const rows = [];
    for (const t of targets) {
      await load(t, WARM_UP);
      const r = await load(t, DURATION);
      rows.push({ target: t.name, ...r });
      log(`    ${t.name}: p95 ${r.p95} ms, ${r.rps.toFixed(0)} req/s, ${r.errors} errors`);
    }
    out.push(rows);
  }
  return out;
}

// ---- one full run -----------------------------------------------------------------

async function benchOnce({ tag, people, only, floor, alongside = [] }) {
  const t0 = Date.now();
  const databaseUrl = await freshDatabase(tag);
  const counts = await seed(databaseUrl, people);
  log(`seeded ${tag}: ${JSON.stringify(counts)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const [caseId, , pdfCaseId] = await benchCases(databaseUrl);
  const servers = [];
  for (let i = 0; i < INSTANCES; i++) servers.push(await startServer(databaseUrl));
  if (floor) servers.floor = await startFloor();
  const stop = () => [...servers, servers.floor].forEach((s) => s?.stop());
  try {
    const cookie = await signIn(servers[0].origin);
    if (!cookie) throw new Error("bench user could not sign in");
    // Also in the growth run: the receipts put events on the case's timeline, and the two
    // databases' case pages must show the same.
    const { evidenceId, upload } = await uploadReceipts(servers[0].origin, cookie, databaseUrl, [caseId, pdfCaseId]);
    if (!only) log(`  upload: ${upload.files} photos of ${(upload.bytes / 1e6).toFixed(1)} MB, one at a time: p50 ${upload.p50} ms, max ${upload.max} ms`);
    let targets = targetsFor(
      servers.map((s) => s.origin),
      cookie,
      caseId,
      pdfCaseId,
      evidenceId,
    );
    if (only) targets = targets.filter((t) => only.includes(t.name));
    const queries = await queriesPerRequest(databaseUrl, targets);
    if (floor) targets = [...floorTargets(servers.floor.origin), ...targets];
    targets = [...alongside, ...targets];
    const measured = await rounds(targets, only ? `${tag}: ` : "");
    let pdfBytes = null;
    const pdfTarget = targets.find((t) => t.summaryPdf);
    if (pdfTarget) pdfBytes = (await (await fetch(servers[0].origin + pdfTarget.requests[0].path, { headers: { cookie } })).arrayBuffer()).byteLength;
    return { databaseUrl, targets, rounds: measured, queries, pdfBytes, cookie, caseId, servers, stop, upload };
  } catch (e) {
    stop();
    throw e;
  }
}

// ---- figures ----------------------------------------------------------------------

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

// One row per target: medians of the rounds, and the ratios of each round (to the home
// page and to the floor row of that same round) as median and spread.
function summarise(targets, measured, queries) {
  return targets.map((t, i) => {
    const mine = measured.map((rows) => rows[i]);
    const ratios = (other) => {
      const others = measured.map((rows) => rows[targets.indexOf(other)]);
      return { p95: spread(mine.map((r, k) => r.p95 / others[k].p95)), rps: spread(mine.map((r, k) => r.rps / others[k].rps)) };
    };
    const home = targets.find((x) => x.home);
    const floor = t.vs && targets.find((x) => x.floorKind === t.vs);
    const also = t.vsAlso && targets.find((x) => x.floorKind === t.vsAlso);
    return {
      target: t.name,
      connections: t.connections,
      p50: median(mine.map((r) => r.p50)),
      p95: spread(mine.map((r) => r.p95)),
      p99: median(mine.map((r) => r.p99)),
      rps: spread(mine.map((r) => r.rps)),
      errors: mine.reduce((n, r) => n + r.errors, 0),
      bytesPerResponse: median(mine.map((r) => r.bytesPerResponse)),
      queries: queries.counts[t.name] ?? null,
      ...(home && home !== t ? { home: ratios(home) } : {}),
      ...(floor ? { floor: { target: floor.name, ...ratios(floor) } } : {}),
      ...(also ? { floorAlso: { target: also.name, ...ratios(also) } } : {}),
      ...(t.signedIn ? { signedIn: true } : {}),
      ...(t.summaryPdf ? { summaryPdf: true } : {}),
    };
  });
}

const fixed = (n, digits) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
const range = (s, digits = 2, unit = "") => `${fixed(s.median, digits)}${unit} (${fixed(s.min, digits)}-${fixed(s.max, digits)})`;

function table(head, lines) {
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const fmt = (l) => l.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [fmt(head), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(fmt)].join("\n");
}

const loadTable = (rows) =>
  table(
    ["target", "conns", "p50 ms", "p95 ms (min-max)", "req/s (min-max)", "errors", "p95 / home", "req/s / home", "p95 / floor", "req/s / floor", "queries"],
    rows.map((r) => [
      r.target,
      r.connections,
      fixed(r.p50, 1),
      range(r.p95, 1),
      range(r.rps, 0),
      r.errors,
      r.home ? range(r.home.p95) : "",
      r.home ? range(r.home.rps) : "",
      r.floor ? range(r.floor.p95) : "",
      r.floor ? range(r.floor.rps) : "",
      r.queries ?? "",
    ]),
  );

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
checkFloorPragmas();
if (!opts["skip-build"]) run("node", ["node_modules/next/dist/bin/next", "build"]);
if (!opts["skip-build"] || !existsSync(`${FLOOR_DIR}/.next/BUILD_ID`)) buildFloor(run);
const db = postgres ? "postgres" : "sqlite";
log(`\n== bench on ${db}, ${INSTANCES} instance(s), ${PEOPLE} people x 3 cases, ${ROUNDS} rounds of ${DURATION} s per target (after ${WARM_UP} s of warm-up)`);
const main = await benchOnce({ tag: "main", people: PEOPLE, floor: true });
const summary = summarise(main.targets, main.rounds, main.queries);
const report = {
  date: new Date().toISOString(),
  db,
  instances: INSTANCES,
  people: PEOPLE,
  durationSeconds: DURATION,
  rounds: ROUNDS,
  cpus: (await import("node:os")).cpus().length,
  summary,
  roundRows: main.rounds,
  pdfBytes: main.pdfBytes,
  upload: main.upload,
};
const row = (test) => summary.find(test);
const home = row((r) => r.target === "/ (home page)");

if (INSTANCES > 1) report.instancesCheck = await checkInstances(main.servers, main.cookie, main.caseId);

// The pages a browser is measured on, with what they are compared with: the floor's page
// with one client component and one server action.
const browserPages = [
  { name: "/", path: "/" },
  { name: "/en/guides/yettel", path: "/en/guides/yettel", public: true },
  { name: "/cases", path: "/cases" },
  { name: "/cases/[id]", path: `/cases/${main.caseId}` },
  ...STEPS.map((step) => ({ name: `/cases/[id]/${step}`, path: `/cases/${main.caseId}/${step}` })),
];
{
  log("\n== JavaScript per page (the <script src> of the served HTML, gzip as sent)");
  const floorJs = await scriptBytes(main.servers.floor.origin, "/action");
  report.js = { floor: floorJs, pages: {} };
  for (const p of browserPages) {
    const js = await scriptBytes(main.servers[0].origin, p.path, p.public ? undefined : main.cookie);
    report.js.pages[p.name] = { ...js, ratio: js.bytes / floorJs.bytes };
  }
}
{
  log("\n== render cost (one request at a time) against the elements each page shows");
  // The pages the browser is measured on but the public guide, and the account page; with
  // the cookie, as in the load rounds (the home page first: the others are set against it).
  const pages = [...browserPages.filter((p) => !p.public), { name: "/account", path: "/account" }];
  report.renderCost = await renderCost(
    main.servers[0].origin,
    main.servers[0].pid,
    pages.map((p) => ({ ...p, cookie: main.cookie })),
  );
}
if (!opts["no-lighthouse"]) {
  log("\n== Lighthouse");
  report.lighthouse = await lighthouseScores([
    ...browserPages.map((p) => ({ name: p.name, url: main.servers[0].origin + p.path, cookie: p.public ? undefined : main.cookie, seo: p.public })),
    { name: "floor: /action", url: `${main.servers.floor.origin}/action`, floor: true },
  ]);
}
main.stop();

if (!opts["no-growth"]) {
  log(`\n== growth on ${db}: ${PEOPLE * 10} people x 3 cases`);
  // The main run's database is served again beside the large one, and each round loads
  // both in turn, so the ratio is taken within a round like every other (the main rounds
  // ran minutes before, and the machine drifts).
  const again = await startServer(main.databaseUrl);
  const smallTarget = {
    ...targetsFor([again.origin], main.cookie, main.caseId, null, null).find((t) => t.name === "/cases/[id]"),
    name: `/cases/[id] at ${PEOPLE} people`,
  };
  let big;
  try {
    big = await benchOnce({ tag: "growth", people: PEOPLE * 10, only: ["/cases/[id]"], alongside: [smallTarget] });
  } finally {
    again.stop();
  }
  big.stop();
  const [smallRow, large] = summarise(big.targets, big.rounds, big.queries);
  const small = { ...smallRow, queries: row((r) => r.target === "/cases/[id]").queries };
  const perRound = big.rounds.map((rows) => rows[1].p95 / rows[0].p95);
  const [userId] = await ids(big.databaseUrl, `SELECT "id" FROM "User" WHERE "email" = '${BENCH_EMAIL}'`);
  const [sessionId] = await ids(big.databaseUrl, `SELECT "id" FROM "Session" WHERE "userId" = '${userId}' ORDER BY "createdAt" DESC`);
  const plans = await checkPlans(big.databaseUrl, { sessionId, userId, caseId: big.caseId }, big.queries.statements["/cases/[id]"]);
  report.growth = {
    people: PEOPLE * 10,
    p95: large.p95,
    // Each round's p95 at 10x the data over the same round's at the main run's data.
    p95Ratio: spread(perRound),
    p95Before: small.p95,
    rps: large.rps,
    queries: large.queries,
    queriesBefore: small.queries,
    statements: big.queries.statements["/cases/[id]"],
    plans,
    roundRows: big.rounds,
  };
}

if (!opts["no-mail"]) {
  log("\n== mail: 1,000 reminders due, two instances, then a restart of both");
  report.mail = await mailFigures({ freshDatabase, startServer });
}

// ---- report -----------------------------------------------------------------------

log(`\n== results (${db}, ${INSTANCES} instance(s), ${report.cpus} cores, ${PEOPLE} people x 3 cases)`);
log(`median of ${ROUNDS} rounds of ${DURATION} s (min-max across rounds); ratios taken within each round\n`);
log(loadTable(summary));
log(
  "\n/ floor: pages and files against floor: /dynamic, the guide against floor: / (static), the tick against the floor's server action;" +
    " the floor's rows against Odjava's home page",
);
log(`context: the home page against floor: /dynamic: p95 ${range(home.floor.p95)}x, req/s ${range(home.floor.rps)}x`);
if (main.upload)
  log(
    `\nreceipt upload (server action, ${(main.upload.bytes / 1e6).toFixed(1)} MB photo, one at a time, ${main.upload.files} files): p50 ${main.upload.p50} ms, max ${main.upload.max} ms`,
  );
log(
  `\nJavaScript to start a page (gzip, as sent): floor: /action ${report.js.floor.bytes} B in ${report.js.floor.scripts} scripts${report.js.floor.uncompressed ? `, ${report.js.floor.uncompressed} sent uncompressed` : ""}\n`,
);
log(
  table(
    ["page", "scripts", "bytes", "/ floor"],
    Object.entries(report.js.pages).map(([name, js]) => [
      name,
      js.scripts + (js.uncompressed ? ` (${js.uncompressed} not gzip)` : ""),
      js.bytes,
      js.ratio.toFixed(3),
    ]),
  ),
);
{
  const rc = report.renderCost;
  log(`\nrender cost: the server's CPU ms per request over ${RENDER_REQUESTS} requests one at a time (gzip), against the elements in each page's HTML\n`);
  log(
    table(
      ["page", "CPU ms", "/ home", "RSC only ms", "into HTML ms", "if cached / home", "elements", "HTML KB", "RSC payload KB"],
      rc.rows.map((r) => [
        r.name,
        fixed(r.ms, 1),
        fixed(r.ms / rc.rows[0].ms, 2),
        fixed(r.rscMs, 1),
        fixed(r.ms - r.rscMs, 1),
        fixed(r.ifCached / rc.rows[0].ms, 2),
        r.elements,
        fixed(r.htmlBytes / 1024, 1),
        fixed(r.payloadBytes / 1024, 1),
      ]),
    ),
  );
  log(
    `fit: ${fixed(rc.fixed, 1)} ms + ${fixed(rc.perElement * 1000, 1)} µs per element (r² ${fixed(rc.r2, 2)}); ` +
      `within 1.3x the home page's CPU: at most ${rc.elementsWithin ?? "?"} elements`,
  );
  log(
    "RSC only: the same request with `RSC: 1` (the server components and their payload, no HTML); " +
      "into HTML: the rest; if cached: the page with all its server rendering beyond the home page's taken away",
  );
}
if (report.lighthouse) {
  log("\nLighthouse (mobile)\n");
  log(
    table(
      ["page", "performance", "accessibility", "SEO", "FCP", "LCP", "TBT", "CLS"],
      Object.entries(report.lighthouse).map(([name, s]) => [
        name,
        `${s.performance} (${s.performanceRange})`,
        s.accessibility,
        s.seo ?? "",
        s.fcp,
        s.lcp,
        s.tbt,
        s.cls,
      ]),
    ),
  );
}
if (report.growth) {
  const g = report.growth;
  log(
    `\ngrowth (${db}): /cases/[id] at ${g.people} people: p95 ${range(g.p95, 1, " ms")}, ${range(g.rps, 0)} req/s, ${g.queries} queries; ` +
      `in the same rounds at ${PEOPLE} people: p95 ${range(g.p95Before, 1, " ms")}, ${g.queriesBefore} queries`,
  );
  log("hot queries of /cases/[id] as logged:");
  for (const st of g.statements) log(`  ${st.replace(/^.*?\[query\] \S+ ms\s+/, "")}`);
  log(`plans (${postgres ? "EXPLAIN" : "EXPLAIN QUERY PLAN"}) at ${g.people} people:`);
  for (const q of g.plans.queries) {
    log(`  ${q.ok ? "index" : "SCAN "}  ${q.name}`);
    for (const line of q.plan) log(`           ${line}`);
  }
}

const checks = [];
for (const r of summary.filter((r) => r.signedIn)) {
  checks.push([`${r.target}: p95 <= 1.3x home`, r.home.p95.median <= 1.3, `${range(r.home.p95)}x`]);
  checks.push([`${r.target}: req/s >= 0.75x home`, r.home.rps.median >= 0.75, `${range(r.home.rps)}x`]);
}
{
  const tick = row((r) => r.target.startsWith("checklist tick"));
  checks.push([
    "checklist tick: req/s >= 0.7x the floor's server action",
    tick.floor.rps.median >= 0.7,
    `${range(tick.floor.rps)}x; p95 ${range(tick.p95, 1, " ms")}, ${range(tick.floor.p95)}x the floor's`,
  ]);
  // Not a budget: how far Prisma alone takes the floor's write from the driver's.
  const viaPrisma = row((r) => r.target === tick.floorAlso.target);
  log(
    `\nchecklist tick / the floor's write through Prisma: req/s ${range(tick.floorAlso.rps)}x, p95 ${range(tick.floorAlso.p95)}x; ` +
      `that write / the driver's: req/s ${range(viaPrisma.floor.rps)}x`,
  );
  const guide = row((r) => r.target.startsWith("public guide"));
  checks.push(["public guide: req/s >= 5x home", guide.home.rps.median >= 5, `${range(guide.home.rps)}x`]);
  const pdf = row((r) => r.summaryPdf);
  checks.push([
    "summary.pdf (Chinese, 8 receipts): p95 <= 0.5x home p95",
    pdf.home.p95.median <= 0.5,
    `${range(pdf.home.p95)}x; p95 ${range(pdf.p95, 1, " ms")}`,
  ]);
  checks.push(["summary.pdf < 200 KB", main.pdfBytes < 200_000, `${(main.pdfBytes / 1024).toFixed(1)} KB`]);
  const failing = summary.filter((r) => r.errors > 0);
  checks.push(["0 errors in every target and round", failing.length === 0, failing.length ? failing.map((r) => `${r.target} ${r.errors}`).join(", ") : "0"]);
}
for (const [page, js] of Object.entries(report.js.pages))
  checks.push([`JavaScript ${page} <= 1.05x the floor's page`, js.ratio <= 1.05, `${js.bytes} / ${report.js.floor.bytes} B = ${js.ratio.toFixed(3)}x`]);
for (const [page, s] of Object.entries(report.lighthouse ?? {})) {
  if (page.startsWith("floor:")) continue;
  checks.push([`Lighthouse ${page}: performance >= 97`, s.performance >= 97, `${s.performance} (${s.performanceRange})`]);
  checks.push([`Lighthouse ${page}: accessibility 100`, s.accessibility === 100, String(s.accessibility)]);
  if (s.seo !== undefined) checks.push([`Lighthouse ${page}: SEO 100`, s.seo === 100, String(s.seo)]);
}
if (report.growth) {
  const g = report.growth;
  checks.push([`growth (${db}): /cases/[id] p95 at ${g.people} people <= 1.15x`, g.p95Ratio.median <= 1.15, `${range(g.p95Ratio)}x`]);
  checks.push([`growth (${db}): queries per request unchanged`, g.queries === g.queriesBefore, `${g.queriesBefore} -> ${g.queries}`]);
  // The plan's lines that say how each table is read, without the planner's costs.
  const access = (plan) =>
    plan
      .filter((l) => /Scan|SEARCH|SCAN/.test(l))
      .map((l) => l.replace(/^[\s->]+/, "").replace(/\s+\(cost=.*\)$/, ""))
      .join("; ");
  for (const q of g.plans.queries) checks.push([`growth (${db}): plan of "${q.name}" uses an index`, q.ok, access(q.plan)]);
  checks.push([
    `growth (${db}): every table the logged queries read has its plan checked`,
    g.plans.uncovered.length === 0,
    g.plans.uncovered.length ? `not checked: ${g.plans.uncovered.join(", ")}` : "all",
  ]);
}
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
log("\nbudgets (median of the rounds, spread in brackets):");
for (const [name, ok, figure] of checks) log(`  ${ok ? "met " : "MISS"}  ${name}: ${figure}`);
report.budgets = checks.map(([name, ok, figure]) => ({ name, ok, figure }));
report.seconds = Math.round((Date.now() - started) / 1000);
const file = `.tmp/bench/results-${db}${INSTANCES > 1 ? `-${INSTANCES}x` : ""}.json`;
writeFileSync(file, JSON.stringify(report, null, 2));
log(`\nwrote ${file}; ${report.seconds} s in all (${(report.seconds / 60).toFixed(1)} min)`);
process.exit(0);

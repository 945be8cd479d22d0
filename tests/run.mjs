#!/usr/bin/env node
// `npm test`: everything the suite needs, from a fresh clone. Installs npm dependencies if
// missing, checks for Debian's Chromium and poppler (says what to install if not), prepares
// a throwaway SQLite database (or uses DATABASE_URL when it names PostgreSQL), runs the
// unit tests, builds the app, and runs the Playwright end-to-end tests against it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { databaseConfig } from "../prisma/database-url.mjs";
import { freePort } from "./support/net.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const t0 = Date.now();
const timings = [];

function step(name, fn) {
  const start = Date.now();
  console.log(`\n== ${name}`);
  fn();
  timings.push([name, (Date.now() - start) / 1000]);
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\nFAILED: ${cmd} ${args.join(" ")} (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
process.env.CHECKPOINT_DISABLE = "1";

step("dependencies", () => {
  if (!existsSync("node_modules/.bin/next") || !existsSync("app/lib/generated/sqlite/client.ts")) {
    run("npm", ["install", "--no-audit", "--no-fund"]);
  }
});

// Checked, never installed: `npm test` changes nothing outside the checkout (.ci/run
// installs the system packages on CI machines).
step("browser and PDF tools", () => {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const missing = [];
  if (!existsSync(chromium)) missing.push({ what: `Chromium (${chromium})`, pkg: "chromium" });
  for (const tool of ["pdftotext", "pdfinfo", "pdffonts"]) {
    if (!has(tool)) missing.push({ what: `${tool} (poppler)`, pkg: "poppler-utils" });
  }
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((m) => m.pkg))];
  console.error(`Missing: ${missing.map((m) => m.what).join(", ")}.`);
  console.error(`Install with: sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}`);
  if (packages.includes("chromium")) console.error("(or set CHROMIUM_PATH to a Chromium binary)");
  process.exit(1);
});

const usePostgres = databaseConfig(process.env.DATABASE_URL).provider === "postgresql";
step(`database (${usePostgres ? "PostgreSQL from DATABASE_URL" : "fresh SQLite file"})`, () => {
  if (!usePostgres) {
    mkdirSync(".tmp", { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`.tmp/test.db${suffix}`, { force: true });
    process.env.DATABASE_URL = "file:./.tmp/test.db";
  }
  run("node", ["-e", "import('./prisma/setup.mjs').then(m => m.migrate())"], { AUTH_SECRET: "unused-by-migrate" });
});
process.env.AUTH_SECRET ||= "test-secret-not-for-production-0123456789";
// Receipt files of the test run, outside the repository's own uploads/ folder.
process.env.ODJAVA_UPLOAD_DIR = path.resolve(".tmp/uploads");
rmSync(process.env.ODJAVA_UPLOAD_DIR, { recursive: true, force: true });

step("unit tests", () => {
  const files = readdirSync("tests/unit").filter((f) => f.endsWith(".test.ts")).map((f) => `tests/unit/${f}`);
  run("node", ["--conditions=react-server", "--import", "tsx", "--test", "--test-concurrency=1", ...files]);
});

step("build", () => run("node", ["node_modules/next/dist/bin/next", "build"]));

// A free loopback port for the test server, so a running app (or another test run) on a
// fixed port cannot collide with this one.
process.env.E2E_PORT ||= String(await freePort());

step("end-to-end tests (Playwright, Chromium)", () => {
  for (const f of readdirSync(".tmp").filter((f) => /^server.*\.log$/.test(f))) rmSync(`.tmp/${f}`);
  run("node", ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)]);
});

// Privacy: what the servers printed during the end-to-end tests (sign-ups, hostile input,
// crashes) must not name anyone. Every test account is an @example.com address and every
// test number a Serbian mobile number.
step("server logs: no e-mail address, no phone number", () => {
  const logs = readdirSync(".tmp").filter((f) => /^server.*\.log$/.test(f));
  const lines = logs.flatMap((f) => readFileSync(`.tmp/${f}`, "utf8").split("\n").map((line) => [f, line]));
  if (lines.length < 5) {
    console.error("FAILED: the servers' logs are missing; the privacy check has nothing to read.");
    process.exit(1);
  }
  const leaks = lines.filter(([, line]) => /[^\s@"']+@example\.com|\+381\s?6\d|\b06\d[\s/-]?\d{3}[\s/-]?\d{3}/.test(line));
  for (const [f, line] of leaks.slice(0, 20)) console.error(`${f}: ${line.slice(0, 300)}`);
  if (leaks.length > 0) {
    console.error(`FAILED: ${leaks.length} log lines carry an e-mail address or a phone number.`);
    process.exit(1);
  }
  console.log(`${lines.length} log lines from ${logs.join(", ")}: none carries an e-mail address or a phone number.`);
});

console.log("\n== timings");
for (const [name, s] of timings) console.log(`${name.padEnd(48)} ${s.toFixed(1)} s`);
console.log(`${"total".padEnd(48)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);

#!/usr/bin/env node
// `npm test`: everything the suite needs, from a fresh clone. Installs npm dependencies if
// missing, checks for Debian's Chromium and poppler (says what to install if not), runs the
// unit tests on a throwaway SQLite database (or DATABASE_URL when it names PostgreSQL),
// builds the app, and runs the Playwright end-to-end tests against it (playwright.config.ts:
// webServer on a fresh database, global setup and teardown, the sign-in setup project).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { databaseConfig } from "../prisma/database-url.mjs";
import { freePort } from "./support/net.mjs";
import { e2eEnvironment } from "./support/e2e-env.mjs";

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

// The end-to-end run's environment (tests/support/e2e-env.mjs, as playwright.config.ts
// sets it); the unit tests get a database of their own.
e2eEnvironment();
const usePostgres = databaseConfig(process.env.DATABASE_URL).provider === "postgresql";
const unitDatabase = usePostgres ? process.env.DATABASE_URL : "file:./.tmp/unit.db";
step(`database for the unit tests (${usePostgres ? "PostgreSQL from DATABASE_URL" : "fresh SQLite file"})`, () => {
  if (!usePostgres) {
    mkdirSync(".tmp", { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`.tmp/unit.db${suffix}`, { force: true });
  }
  run("node", ["-e", "import('./prisma/setup.mjs').then(m => m.migrate())"], { DATABASE_URL: unitDatabase });
});

step("unit tests", () => {
  rmSync(".tmp/unit-uploads", { recursive: true, force: true });
  const files = readdirSync("tests/unit")
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => `tests/unit/${f}`);
  run("node", ["--conditions=react-server", "--import", "tsx", "--test", "--test-concurrency=1", ...files], {
    DATABASE_URL: unitDatabase,
    ODJAVA_UPLOAD_DIR: path.resolve(".tmp/unit-uploads"),
  });
});

step("build", () => run("node", ["node_modules/next/dist/bin/next", "build"]));

// A free loopback port for the test server, so a running app (or another test run) on a
// fixed port cannot collide with this one.
process.env.E2E_PORT ||= String(await freePort());

// Playwright's webServer prepares the database and starts the server; its globalSetup and
// globalTeardown (tests/support/) clean the upload folder and check the server logs.
step("end-to-end tests (Playwright, Chromium)", () => {
  run("node", ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)]);
});

console.log("\n== timings");
for (const [name, s] of timings) console.log(`${name.padEnd(48)} ${s.toFixed(1)} s`);
console.log(`${"total".padEnd(48)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);

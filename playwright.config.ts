import { defineConfig } from "@playwright/test";
import { e2eEnvironment } from "./tests/support/e2e-env.mjs";
import { mailPorts } from "./tests/support/mail-env.mjs";
import { RENDERING } from "./tests/support/tags";

// Run through `npm test` (tests/run.mjs), which checks Chromium and poppler, runs the unit
// tests and builds the app; Playwright then starts the production server on a fresh
// database (webServer), cleans the upload folder (globalSetup) and checks the servers'
// logs for personal data (globalTeardown). The environment (test database, AUTH_SECRET,
// upload folder) is set here, so the server and every test worker share it.
e2eEnvironment();
const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".tmp/test-results",
  globalSetup: "./tests/support/global-setup.ts",
  globalTeardown: "./tests/support/global-teardown.ts",
  fullyParallel: false,
  // A test.only left in a commit fails the CI run instead of silently skipping the rest.
  forbidOnly: !!process.env.CI,
  // .ci/run's PostgreSQL pass leaves out what renders the same on any database (tests/support/tags.ts).
  grepInvert: process.env.E2E_SKIP_RENDERING === "1" ? new RegExp(RENDERING) : undefined,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Signs a person up once and keeps the session (tests/support/auth.ts).
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "e2e", testMatch: /\.spec\.ts$/, dependencies: ["setup"] },
  ],
  webServer: [
    {
      // The run's SMTP server, which the app sends every mail to (tests/support/mail-server.mjs).
      command: "node tests/support/mail-server.mjs",
      url: `http://127.0.0.1:${mailPorts().control}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // First a fresh, migrated database and no old log (tests/support/prepare-server.mjs);
      // then the server (server.mjs, as `npm start` runs it), its output in .tmp/server.log,
      // which the global teardown checks for e-mail addresses and phone numbers (there
      // must be none).
      command: `node tests/support/prepare-server.mjs && exec node server.mjs -p ${port} -H 127.0.0.1 >> .tmp/server.log 2>&1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});

import { defineConfig } from "@playwright/test";

// Run through `npm test` (tests/run.mjs), which prepares the database, builds the app
// and finds Debian's Chromium; Playwright then starts the production server.
const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".tmp/test-results",
  fullyParallel: false,
  // A test.only left in a commit fails the CI run instead of silently skipping the rest.
  forbidOnly: !!process.env.CI,
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
  webServer: {
    // The server's output goes to .tmp/server.log, which tests/run.mjs then checks for
    // e-mail addresses and phone numbers (there must be none).
    command: `exec node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1 >> .tmp/server.log 2>&1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

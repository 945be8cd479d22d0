// The environment of an end-to-end run, shared by playwright.config.ts (and through it the
// webServer and the test workers) and tests/run.mjs. SQLite runs use a throwaway file in
// .tmp/ whatever DATABASE_URL says, so a developer's own database is never touched;
// a postgres:// DATABASE_URL is used as given (a database made for the run).
import path from "node:path";
import { databaseConfig } from "../../prisma/database-url.mjs";
import { mailPorts } from "./mail-env.mjs";

export const E2E_SQLITE_URL = "file:./.tmp/test.db";

export function e2eEnvironment(env = process.env) {
  if (databaseConfig(env.DATABASE_URL).provider !== "postgresql") env.DATABASE_URL = E2E_SQLITE_URL;
  env.AUTH_SECRET ||= "test-secret-not-for-production-0123456789";
  // Receipt files of the test run, outside the repository's own uploads/ folder.
  env.ODJAVA_UPLOAD_DIR ||= path.resolve(".tmp/uploads");
  // As behind one reverse proxy: the server takes the client's address from the last
  // X-Forwarded-For entry, so a test can play many clients (tests/support/ui.ts asClient)
  // and the throttles' per-address limits hold one test's attempts apart from another's.
  env.ODJAVA_TRUSTED_PROXY_HOPS ||= "1";
  // Mail goes to the run's own SMTP server (tests/support/mail-server.mjs); its links
  // point at the test server.
  env.SMTP_URL = `smtp://127.0.0.1:${mailPorts(env).smtp}`;
  env.ODJAVA_PUBLIC_URL = `http://127.0.0.1:${env.E2E_PORT ?? 3210}`;
  env.MAIL_FROM = "Odjava <odjava@example.test>";
  // Reminders are swept every second, not every minute, so a test waits seconds for them.
  env.ODJAVA_REMINDER_SWEEP_MS = "1000";
  env.NEXT_TELEMETRY_DISABLED = "1";
  env.CHECKPOINT_DISABLE = "1";
  return env;
}

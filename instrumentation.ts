// Runs once when the server starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A mail setting that cannot work stops the app now, not at the first mail.
  const { mailConfig } = await import("@/app/lib/mail/config");
  try {
    mailConfig();
  } catch (error) {
    console.error(`odjava: ${(error as Error).message}`);
    process.exit(1);
  }
  const { formatWithOptions } = await import("node:util");
  const { redact } = await import("@/app/lib/redact");
  // Every console line the server prints (its own, Next.js's, Auth.js's, Prisma's) goes
  // through redact(), so a log never carries an e-mail address or a phone number.
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => original(redact(formatWithOptions({ colors: false }, ...args)));
  }
  // Receipt files whose rows are gone (app/lib/evidence/sweep.ts), now and every hour;
  // expired attempt counters and sessions (app/lib/auth/purge.ts), now and every 10
  // minutes; due reminder mails (app/lib/reminders/sweep.ts), now and every minute. By
  // the server only, not by `next build` loading this file.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const [{ startUploadSweeps }, { startAuthPurges }, { startReminderSweeps }] = await Promise.all([
      import("@/app/lib/evidence/sweep"),
      import("@/app/lib/auth/purge"),
      import("@/app/lib/reminders/sweep"),
    ]);
    startUploadSweeps();
    startAuthPurges();
    startReminderSweeps();
  }
}

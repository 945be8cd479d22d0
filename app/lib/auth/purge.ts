import "server-only";
import { purgeExpiredCounters } from "@/app/lib/auth/throttle";
import { purgeExpiredSessions } from "@/app/lib/auth/sessions";
import { LONGEST_WINDOW_MS } from "@/app/lib/auth/attempts";

// Attempt counters and sessions past their time are deleted at server start and every 10
// minutes (instrumentation.ts): nothing about an attempt stays longer than it counts.
const EVERY_MS = 10 * 60 * 1000;

export function startAuthPurges(): void {
  const run = () => {
    const now = new Date();
    Promise.all([purgeExpiredCounters(now, LONGEST_WINDOW_MS), purgeExpiredSessions(now)]).catch((error) => console.error(`auth purge failed: ${error}`));
  };
  run();
  setInterval(run, EVERY_MS).unref();
}

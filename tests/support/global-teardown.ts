// Playwright globalTeardown: privacy. What the servers printed during the end-to-end
// tests (sign-ups, hostile input, crashes) must not name anyone. Every test account is
// an @example.com address and every test number a Serbian mobile number.
//
// It runs after the last test and before Playwright stops the webServer, so it reads all
// the servers printed while serving tests; only the server's shutdown (which serves no
// request) comes after it.
import { readFileSync, readdirSync } from "node:fs";

export const LEAK = /[^\s@"']+@example\.com|\+381\s?6\d|\b06\d[\s/-]?\d{3}[\s/-]?\d{3}/;

export default function globalTeardown() {
  const logs = readdirSync(".tmp").filter((f) => /^server.*\.log$/.test(f));
  const lines = logs.flatMap((f) =>
    readFileSync(`.tmp/${f}`, "utf8")
      .split("\n")
      .map((line) => [f, line] as const),
  );
  if (lines.length < 5) throw new Error("The servers' logs are missing; the privacy check has nothing to read.");
  const leaks = lines.filter(([, line]) => LEAK.test(line));
  for (const [f, line] of leaks.slice(0, 20)) console.error(`${f}: ${line.slice(0, 300)}`);
  if (leaks.length > 0) throw new Error(`${leaks.length} server log lines carry an e-mail address or a phone number.`);
  console.log(`server logs: ${lines.length} lines from ${logs.join(", ")}; none carries an e-mail address or a phone number.`);
}

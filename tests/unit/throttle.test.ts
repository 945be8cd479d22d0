// Sign-in throttling against the real database (SQLite file or PostgreSQL).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { db } from "@/app/lib/db/client";
import { MAX_PER_ACCOUNT, MAX_PER_IP, WINDOW_MS, checkSignIn, clearFailures, recordFailure } from "@/app/lib/auth/throttle";

after(() => db.$disconnect());
const unique = () => `t-${Date.now()}-${Math.random().toString(36).slice(2)}`;

test("five failures in 15 minutes lock the account, with the time to wait; other accounts are free", async () => {
  const email = `${unique()}@example.com`;
  const ip = unique();
  const t0 = new Date("2026-11-25T10:00:00Z");
  for (let i = 0; i < MAX_PER_ACCOUNT; i++) {
    assert.deepEqual(await checkSignIn(email, ip, new Date(t0.getTime() + i * 60_000)), { allowed: true });
    await recordFailure(email, ip, new Date(t0.getTime() + i * 60_000));
  }
  assert.deepEqual(await checkSignIn(email.toUpperCase(), ip, new Date(t0.getTime() + 5 * 60_000)), { allowed: false, retryAfterMinutes: 10 });
  assert.deepEqual(await checkSignIn(`${unique()}@example.com`, unique(), new Date(t0.getTime() + 5 * 60_000)), { allowed: true });
  // The first failure leaves the window 15 minutes after it happened.
  assert.deepEqual(await checkSignIn(email, ip, new Date(t0.getTime() + WINDOW_MS + 1)), { allowed: true });
  await clearFailures(email);
  assert.deepEqual(await checkSignIn(email, ip, new Date(t0.getTime() + 6 * 60_000)), { allowed: true }, "a success clears the account");
});

test("an address that fails for many accounts is stopped too; nothing stores the email or IP in clear", async () => {
  const ip = unique();
  const now = new Date();
  for (let i = 0; i < MAX_PER_IP; i++) await recordFailure(`${unique()}@example.com`, ip, now);
  const verdict = await checkSignIn(`${unique()}@example.com`, ip, now);
  assert.equal(verdict.allowed, false);
  const rows = await db.loginFailure.findMany({ take: 50, orderBy: { createdAt: "desc" } });
  assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.emailKey) && /^[0-9a-f]{64}$/.test(r.ipKey)));
  assert.ok(!rows.some((r) => r.ipKey === ip || r.emailKey.includes("@")));
});

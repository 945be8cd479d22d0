// Attempt counters against the real database (SQLite file or PostgreSQL).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { db } from "@/app/lib/db/client";
import { clear, purgeAccountCounters, purgeExpiredCounters, refund, reserve, type Counter } from "@/app/lib/auth/throttle";
import { deleteUser } from "@/app/lib/account/data";
import { ACCOUNT_FREE, CLIENT_MAX, LONGEST_WINDOW_MS, PAIR_MAX, SIGN_IN_WINDOW_MS, accountKey, signInCounters } from "@/app/lib/auth/attempts";

after(() => db.$disconnect());
const unique = () => `t-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const email = () => `${unique()}@example.com`;
const at = (t0: Date, ms: number) => new Date(t0.getTime() + ms);
const signIn = (c: ReturnType<typeof signInCounters>) => [c.client, ...c.account];

test("five attempts for one account from one address, then a hard stop until the window ends; other accounts are free", async () => {
  const who = email();
  const client = unique();
  const t0 = new Date("2026-11-25T10:00:00Z");
  for (let i = 0; i < PAIR_MAX; i++) assert.deepEqual(await reserve(signIn(signInCounters(who, client, null)), at(t0, i * 60_000)), { allowed: true });
  // The account-wide slowdown also asks for a second; the longest wait is the answer.
  assert.deepEqual(await reserve(signIn(signInCounters(who.toUpperCase(), client, null)), at(t0, 5 * 60_000)), { allowed: false, retryAfterSeconds: 10 * 60 });
  assert.deepEqual(await reserve(signIn(signInCounters(email(), client, null)), at(t0, 5 * 60_000)), { allowed: true });
  assert.deepEqual(await reserve(signIn(signInCounters(who, client, null)), at(t0, SIGN_IN_WINDOW_MS)), { allowed: true }, "a new window");
});

test("50 attempts at once for one account: exactly five are let through, the rest are told to wait", async () => {
  const counters = signIn(signInCounters(email(), unique(), null));
  const now = new Date();
  const answers = await Promise.all(Array.from({ length: 50 }, () => reserve(counters, now)));
  assert.equal(answers.filter((a) => a.allowed).length, PAIR_MAX);
});

test("across addresses the account is slowed, never locked: each attempt after the free ones waits twice as long", async () => {
  const who = email();
  const t0 = new Date("2026-11-25T12:00:00Z");
  for (let i = 0; i < ACCOUNT_FREE; i++) assert.equal((await reserve(signIn(signInCounters(who, unique(), null)), t0)).allowed, i < ACCOUNT_FREE);
  // The fifth attempt set a wait of 1 s, the sixth (at 1 s) one of 2 s, the seventh 4 s.
  assert.deepEqual(await reserve(signIn(signInCounters(who, unique(), null)), at(t0, 500)), { allowed: false, retryAfterSeconds: 1 });
  assert.equal((await reserve(signIn(signInCounters(who, unique(), null)), at(t0, 1000))).allowed, true);
  assert.deepEqual(await reserve(signIn(signInCounters(who, unique(), null)), at(t0, 2000)), { allowed: false, retryAfterSeconds: 1 });
  assert.equal((await reserve(signIn(signInCounters(who, unique(), null)), at(t0, 3000))).allowed, true);
  assert.deepEqual(await reserve(signIn(signInCounters(who, unique(), null)), at(t0, 3000)), { allowed: false, retryAfterSeconds: 4 });
  // The owner's own browser (a device cookie for this account) is not slowed.
  assert.deepEqual(await reserve(signIn(signInCounters(who, unique(), "device-1")), at(t0, 3000)), { allowed: true });
});

test("an address that tries many accounts is stopped after 30; a refund gives one back", async () => {
  const client = unique();
  const now = new Date();
  for (let i = 0; i < CLIENT_MAX; i++) assert.equal((await reserve(signIn(signInCounters(email(), client, null)), now)).allowed, true);
  const next = signInCounters(email(), client, null);
  assert.equal((await reserve(signIn(next), now)).allowed, false);
  await refund([next.client]);
  assert.equal((await reserve(signIn(next), now)).allowed, true);
});

test("a refused attempt counts nothing; clear forgets a counter", async () => {
  const limit: Counter = { kind: "limit", key: unique(), accountKey: null, windowMs: 60_000, max: 1 };
  const other: Counter = { kind: "limit", key: unique(), accountKey: null, windowMs: 60_000, max: 2 };
  const now = new Date();
  assert.equal((await reserve([limit], now)).allowed, true);
  assert.equal((await reserve([limit, other], now)).allowed, false);
  assert.equal((await db.throttle.findUnique({ where: { key: other.key } }))?.count ?? 0, 0, "the refused attempt rolled back");
  await clear([limit]);
  assert.equal((await reserve([limit], now)).allowed, true);
});

test("keys are HMACs: no address, e-mail or plain hash is stored; counters go with the account and with time", async () => {
  const who = email();
  const client = "203.0.113.7";
  const now = new Date("2026-11-25T14:00:00Z");
  const counters = signInCounters(who, client, null);
  await reserve(signIn(counters), now);
  const rows = await db.throttle.findMany({ where: { key: { in: signIn(counters).map((c) => c.key) } } });
  assert.equal(rows.length, 3);
  const text = JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v));
  assert.ok(!text.includes(who) && !text.includes(client) && !text.includes("@"));
  const { createHash } = await import("node:crypto");
  for (const plain of [who, client, `odjava:account:${who}`]) assert.ok(!text.includes(createHash("sha256").update(plain).digest("hex")));
  assert.ok(rows.every((r) => /^[A-Za-z0-9_-]{43}$/.test(r.key)));

  await purgeAccountCounters(accountKey(who));
  const left = await db.throttle.findMany({ where: { key: { in: signIn(counters).map((c) => c.key) } } });
  assert.deepEqual(
    left.map((r) => r.key),
    [counters.client.key],
    "only the address's own counter stays",
  );
  assert.ok((await purgeExpiredCounters(at(now, LONGEST_WINDOW_MS + 1), LONGEST_WINDOW_MS)) >= 1);
  assert.equal(await db.throttle.count({ where: { key: counters.client.key } }), 0);
});

test("deleting an account deletes the counters about it", async () => {
  const who = email();
  const { id } = await db.user.create({ data: { email: who, passwordHash: "x" }, select: { id: true } });
  const counters = signInCounters(who, unique(), null);
  await reserve(signIn(counters), new Date());
  assert.equal(await db.throttle.count({ where: { accountKey: accountKey(who) } }), 2);
  await deleteUser(id);
  assert.equal(await db.throttle.count({ where: { accountKey: accountKey(who) } }), 0);
  assert.equal(await db.throttle.count({ where: { key: counters.client.key } }), 1, "the address's counter is not the account's");
});

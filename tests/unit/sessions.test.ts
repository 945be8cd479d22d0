// Session rows against the real database: lifetimes, last use, ending them.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { db } from "@/app/lib/db/client";
import {
  SESSION_IDLE_MS,
  SESSION_LIFETIME_MS,
  endAllSessions,
  endSession,
  listSessions,
  purgeExpiredSessions,
  sessionUser,
  startSession,
} from "@/app/lib/auth/sessions";

after(() => db.$disconnect());
const DAY = 24 * 60 * 60 * 1000;
const at = (t0: Date, ms: number) => new Date(t0.getTime() + ms);

async function person() {
  return db.user.create({
    data: { email: `s-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, passwordHash: "x" },
    select: { id: true, email: true },
  });
}

test("a session lasts while used, ends 14 days after its last use or 30 days after sign-in, and only for its own account", async () => {
  const { id, email } = await person();
  const other = await person();
  const t0 = new Date("2026-11-01T10:00:00Z");
  const sid = await startSession(id, "Firefox · Linux", t0);
  assert.equal((await sessionUser(sid, id, at(t0, 1000)))?.email, email);
  assert.equal(await sessionUser(sid, other.id, at(t0, 1000)), null, "a token naming another account");
  // Used every 10 days it stays alive, up to 30 days from sign-in.
  for (const day of [10, 20, 29]) assert.ok(await sessionUser(sid, id, at(t0, day * DAY)), `day ${day}`);
  assert.equal((await db.session.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.getTime(), at(t0, 29 * DAY).getTime());
  assert.equal(await sessionUser(sid, id, at(t0, SESSION_LIFETIME_MS)), null);
  assert.equal(await db.session.count({ where: { id: sid } }), 0, "an expired row is deleted when met");

  const idle = await startSession(id, "", t0);
  assert.equal(await sessionUser(idle, id, at(t0, SESSION_IDLE_MS)), null);
});

test("last use is written at most every five minutes", async () => {
  const { id } = await person();
  const t0 = new Date("2026-11-02T10:00:00Z");
  const sid = await startSession(id, "", t0);
  await sessionUser(sid, id, at(t0, 4 * 60_000));
  assert.equal((await db.session.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.getTime(), t0.getTime());
  await sessionUser(sid, id, at(t0, 5 * 60_000));
  assert.equal((await db.session.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.getTime(), at(t0, 5 * 60_000).getTime());
});

test("ending one session leaves the others; ending all ends all; nobody ends another account's session", async () => {
  const { id } = await person();
  const other = await person();
  const now = new Date();
  const [a, b] = [await startSession(id, "A", now), await startSession(id, "B", now)];
  const theirs = await startSession(other.id, "C", now);
  await endSession(id, theirs);
  assert.ok(await sessionUser(theirs, other.id, now));
  await endSession(id, a);
  assert.deepEqual(
    (await listSessions(id, now)).map((s) => s.id),
    [b],
  );
  await endAllSessions(id);
  assert.deepEqual(await listSessions(id, now), []);
  assert.ok(await sessionUser(theirs, other.id, now));
  assert.ok((await purgeExpiredSessions(at(now, SESSION_LIFETIME_MS))) >= 1);
});

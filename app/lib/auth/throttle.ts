import "server-only";
import { db } from "@/app/lib/db/client";
import type { Tx } from "@/app/lib/db/locked-case";

// Attempt counters kept in the database, so every app instance sees the same counts.
// An attempt is reserved before the expensive or guessable work (the password check): the
// counters of one attempt are claimed in one transaction, each by a conditional update
// that locks its row, so parallel attempts are counted one after another and 50 at once
// pass no more than the limit. If any counter refuses, none is counted.
//
// A counter is one of two kinds:
//   limit     at most `max` attempts per window, then none until the window ends;
//   slowdown  `free` attempts per window, then each further one waits twice as long as the
//             one before (1 s, 2 s, 4 s... at most `maxDelayMs`): no one can lock the
//             account's owner out, but guessing from many addresses becomes slow.

export type Counter = { key: string; accountKey: string | null; windowMs: number } & (
  { kind: "limit"; max: number } | { kind: "slowdown"; free: number; maxDelayMs: number }
);

export type Throttle = { allowed: true } | { allowed: false; retryAfterSeconds: number };

class Throttled extends Error {
  constructor(readonly until: number) {
    super("throttled");
  }
}

// When the next attempt may come, after the count-th one in a window that began at `start`.
function nextAllowed(counter: Counter, count: number, start: number, now: number): number {
  if (counter.kind === "limit") return count >= counter.max ? start + counter.windowMs : 0;
  if (count < counter.free) return 0;
  return now + Math.min(1000 * 2 ** (count - counter.free), counter.maxDelayMs);
}

// Claims one attempt of `counter`; when it must wait, counts nothing and returns until when.
async function claim(tx: Tx, counter: Counter, now: number): Promise<number | null> {
  const { key } = counter;
  const at = BigInt(now);
  // Creates the row if it is missing; a concurrent creator waits for this one, then skips.
  await tx.$executeRaw`INSERT INTO "Throttle" ("key", "accountKey", "count", "windowStart", "notBefore") VALUES (${key}, ${counter.accountKey}, 0, ${at}, 0) ON CONFLICT ("key") DO NOTHING`;
  await tx.throttle.updateMany({ where: { key, windowStart: { lte: BigInt(now - counter.windowMs) } }, data: { count: 0, windowStart: at, notBefore: 0n } });
  // The claim: the row's lock is held to the end of the transaction, and a waiting claim
  // re-reads `notBefore` once it gets the row.
  const claimed = await tx.throttle.updateMany({ where: { key, notBefore: { lte: at } }, data: { count: { increment: 1 } } });
  const row = await tx.throttle.findUniqueOrThrow({ where: { key }, select: { count: true, windowStart: true, notBefore: true } });
  if (claimed.count === 0) return Number(row.notBefore);
  const until = nextAllowed(counter, row.count, Number(row.windowStart), now);
  if (until > now) await tx.throttle.update({ where: { key }, data: { notBefore: BigInt(until) } });
  return null;
}

export async function reserve(counters: Counter[], now: Date): Promise<Throttle> {
  const t = now.getTime();
  // Rows are always locked in the same order, so two attempts cannot wait on each other.
  const ordered = [...counters].sort((a, b) => (a.key < b.key ? -1 : 1));
  try {
    // A burst queues for connections and row locks: allow it time rather than fail.
    await db.$transaction(
      async (tx) => {
        // Every counter is asked, so the answer is the longest wait of them all.
        let until = 0;
        for (const counter of ordered) until = Math.max(until, (await claim(tx, counter, t)) ?? 0);
        if (until > 0) throw new Throttled(until);
      },
      { maxWait: 15_000, timeout: 15_000 },
    );
    return { allowed: true };
  } catch (error) {
    if (error instanceof Throttled) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((error.until - t) / 1000)) };
    throw error;
  }
}

// Gives an attempt back (it succeeded, or was never tried because the server was busy).
export async function refund(counters: Counter[]): Promise<void> {
  await db.throttle.updateMany({ where: { key: { in: counters.map((c) => c.key) }, count: { gt: 0 } }, data: { count: { decrement: 1 }, notBefore: 0n } });
}

// Forgets the counters (a right password clears what the wrong ones before it counted).
export async function clear(counters: Counter[]): Promise<void> {
  await db.throttle.deleteMany({ where: { key: { in: counters.map((c) => c.key) } } });
}

// Counters whose window and wait are both over count nothing any more.
export async function purgeExpiredCounters(now: Date, longestWindowMs: number): Promise<number> {
  const t = BigInt(now.getTime());
  const { count } = await db.throttle.deleteMany({ where: { windowStart: { lt: t - BigInt(longestWindowMs) }, notBefore: { lt: t } } });
  return count;
}

export async function purgeAccountCounters(accountKey: string): Promise<void> {
  await db.throttle.deleteMany({ where: { accountKey } });
}

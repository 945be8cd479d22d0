import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/app/lib/db/client";

// Sessions as rows (the model's comment says why). Two lifetimes, both checked on every
// request:
//   - absolute, 30 days from sign-in: a stolen cookie is not good forever, and 30 days
//     is the longest NIST SP 800-63B allows between sign-ins at this level;
//   - idle, 14 days since the session was last used: longer than the waits of the errand
//     (eight business days for an answer, then the bill check-ins), so nobody is signed
//     out between two steps, but a forgotten browser does not stay signed in.

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 14 * 24 * 60 * 60 * 1000;
// lastSeenAt is written at most this often: a page view is not a database write.
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export type SessionUser = { id: string; email: string; locale: string | null; sessionId: string };

function expired(s: { createdAt: Date; lastSeenAt: Date }, now: Date): boolean {
  return now.getTime() - s.createdAt.getTime() >= SESSION_LIFETIME_MS || now.getTime() - s.lastSeenAt.getTime() >= SESSION_IDLE_MS;
}

function expiredRows(now: Date) {
  return { OR: [{ createdAt: { lte: new Date(now.getTime() - SESSION_LIFETIME_MS) } }, { lastSeenAt: { lte: new Date(now.getTime() - SESSION_IDLE_MS) } }] };
}

export async function startSession(userId: string, device: string, now: Date): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.$transaction([
    db.session.deleteMany({ where: { userId, ...expiredRows(now) } }),
    db.session.create({ data: { id, userId, device, createdAt: now, lastSeenAt: now } }),
  ]);
  return id;
}

// The account a session cookie stands for, or null when its row is gone (signed out,
// password changed, account deleted) or past a lifetime. `userId` is the token's own
// claim: a row of another account does not count.
export async function sessionUser(sessionId: string, userId: string, now: Date): Promise<SessionUser | null> {
  // One query on every signed-in request (Prisma would read the related user in a second).
  const [row] = await db.$queryRaw<
    { userId: string; email: string; locale: string | null; createdAt: Date | string | number; lastSeenAt: Date | string | number }[]
  >`
    SELECT s."userId", u."email", u."locale", s."createdAt", s."lastSeenAt" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ${sessionId}`;
  if (!row || row.userId !== userId) return null;
  // The drivers hand timestamps back differently (a Date, or SQLite's text or number).
  const times = { createdAt: new Date(row.createdAt), lastSeenAt: new Date(row.lastSeenAt) };
  if (expired(times, now)) {
    await db.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (now.getTime() - times.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  return { id: row.userId, email: row.email, locale: row.locale, sessionId };
}

export async function listSessions(userId: string, now: Date) {
  const rows = await db.session.findMany({
    where: { userId },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, device: true, createdAt: true, lastSeenAt: true },
  });
  return rows.filter((s) => !expired(s, now));
}

// False when the person has no such session (already ended, or never theirs).
export async function endSession(userId: string, sessionId: string): Promise<boolean> {
  return (await db.session.deleteMany({ where: { id: sessionId, userId } })).count > 0;
}

export async function endAllSessions(userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

export async function purgeExpiredSessions(now: Date): Promise<number> {
  const { count } = await db.session.deleteMany({ where: expiredRows(now) });
  return count;
}

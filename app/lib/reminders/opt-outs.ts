import "server-only";
import { timingSafeEqual } from "node:crypto";
import { db } from "@/app/lib/db/client";
import { keyedHash } from "@/app/lib/auth/keyed-hash";
import { REMINDER_KINDS, isOneOf, type ReminderKind } from "@/app/lib/vocabulary";

// Which reminders a person does not want, and the unsubscribe links that change one such
// setting without signing in. A link names the account and the kind, and carries an HMAC
// of both with the server secret: it cannot be guessed or turned to another account or
// kind, and needs no row.

export async function optedOut(userId: string): Promise<Set<ReminderKind>> {
  const rows = await db.mailOptOut.findMany({ where: { userId }, select: { kind: true } });
  return new Set(rows.map((r) => r.kind).filter((k): k is ReminderKind => isOneOf(REMINDER_KINDS, k)));
}

// The account page's settings: exactly `wanted` is sent from now on.
export async function setWanted(userId: string, wanted: ReadonlySet<ReminderKind>): Promise<void> {
  const unwanted = REMINDER_KINDS.filter((k) => !wanted.has(k));
  await db.$transaction([
    db.mailOptOut.deleteMany({ where: { userId } }),
    ...(unwanted.length > 0 ? [db.mailOptOut.createMany({ data: unwanted.map((kind) => ({ userId, kind })) })] : []),
  ]);
}

export function unsubscribeSignature(userId: string, kind: ReminderKind): string {
  return keyedHash("unsubscribe", `${userId}|${kind}`);
}

export function unsubscribeQuery(userId: string, kind: ReminderKind): string {
  return new URLSearchParams({ u: userId, k: kind, s: unsubscribeSignature(userId, kind) }).toString();
}

// The link's account and kind when its signature holds; null otherwise.
export function readUnsubscribe(params: { u?: unknown; k?: unknown; s?: unknown }): { userId: string; kind: ReminderKind } | null {
  const { u, k, s } = params;
  if (typeof u !== "string" || typeof s !== "string" || !isOneOf(REMINDER_KINDS, k) || u.length > 64) return null;
  const expected = Buffer.from(unsubscribeSignature(u, k));
  const given = Buffer.from(s);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { userId: u, kind: k } : null;
}

// Stops one kind for one account; nothing when the account is gone.
export async function stopKind(userId: string, kind: ReminderKind): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return;
  await db.mailOptOut.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind }, update: {} });
}

import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/app/lib/db/client";

// Sign-in throttling, kept in the database so every app instance sees the same counts.
// Per account: 5 failures in 15 minutes lock further attempts until the oldest of them
// is 15 minutes old. Per IP address: 30 failures in 15 minutes (looser: several people
// may share an address). A successful sign-in clears the account's failures.
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_IP = 30;

function key(kind: string, value: string): string {
  return createHash("sha256").update(`odjava:${kind}:${value.trim().toLowerCase()}`).digest("hex");
}

export type Throttle = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export async function checkSignIn(email: string, ip: string, now: Date): Promise<Throttle> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const [byAccount, byIp] = await Promise.all([
    db.loginFailure.findMany({
      where: { emailKey: key("email", email), createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.loginFailure.findMany({ where: { ipKey: key("ip", ip), createdAt: { gt: since } }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
  ]);
  const blockedUntil = (rows: { createdAt: Date }[], max: number) => (rows.length >= max ? rows[rows.length - max]!.createdAt.getTime() + WINDOW_MS : 0);
  const until = Math.max(blockedUntil(byAccount, MAX_PER_ACCOUNT), blockedUntil(byIp, MAX_PER_IP));
  if (until <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
}

export async function recordFailure(email: string, ip: string, now: Date): Promise<void> {
  await db.$transaction([
    db.loginFailure.create({ data: { emailKey: key("email", email), ipKey: key("ip", ip), createdAt: now } }),
    db.loginFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - WINDOW_MS) } } }),
  ]);
}

export async function clearFailures(email: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { emailKey: key("email", email) } });
}

import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/app/lib/db/client";

// The links Odjava mails (the model's comment says how they are kept).

export type TokenPurpose = "verify" | "reset";
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = { verify: 24 * 60 * 60 * 1000, reset: 30 * 60 * 1000 };

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

// A new link for `email`; an earlier unused one of the same purpose stops working, so only
// the latest mail's link opens anything.
export async function issueToken(userId: string, purpose: TokenPurpose, email: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.emailToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } }),
    db.emailToken.create({
      data: { userId, purpose, email, tokenHash: digest(token), createdAt: now, expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]) },
    }),
  ]);
  return token;
}

// Whom a link is for, if it still works: not used, not expired, and the account still has
// the address it was sent to. Changes nothing (the page that shows a form uses this).
export async function tokenOwner(purpose: TokenPurpose, token: string, now: Date): Promise<{ userId: string; email: string } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await db.emailToken.findUnique({
    where: { tokenHash: digest(token) },
    select: { userId: true, email: true, purpose: true, usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now || row.user.email !== row.email) return null;
  return { userId: row.userId, email: row.email };
}

// Uses a link up: of two requests with one link, one wins (a conditional update).
export async function consumeToken(purpose: TokenPurpose, token: string, now: Date): Promise<{ userId: string; email: string } | null> {
  const owner = await tokenOwner(purpose, token, now);
  if (!owner) return null;
  const { count } = await db.emailToken.updateMany({ where: { tokenHash: digest(token), usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1 ? owner : null;
}

export async function markVerified(userId: string, email: string, now: Date): Promise<void> {
  await db.user.updateMany({ where: { id: userId, email }, data: { emailVerifiedAt: now } });
}

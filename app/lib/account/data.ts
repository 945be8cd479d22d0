import "server-only";
import { db } from "@/app/lib/db/client";
import { caseFolderPath } from "@/app/lib/evidence/store";
import { finishRemovals, journalRemovals, type Removal } from "@/app/lib/evidence/removals";
import { withLockedAccount } from "@/app/lib/db/locked-case";
import { purgeAccountCounters } from "@/app/lib/auth/throttle";
import { accountKey } from "@/app/lib/auth/attempts";
import { ANSWER_SELECT } from "@/app/lib/cases/fields";
import type { Result } from "@/app/lib/result";
import type { Locale } from "@/app/lib/i18n/locales";

// Everything Odjava keeps about one person, for "export my data". Only the signed-in
// user's own rows; the password hash is not data about the person and stays out.
export async function exportUserData(userId: string, now: Date) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      locale: true,
      createdAt: true,
      cases: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          operator: true,
          phoneE164: true,
          planType: true,
          ...ANSWER_SELECT,
          createdAt: true,
          updatedAt: true,
          items: { orderBy: { key: "asc" }, select: { key: true, done: true, doneAt: true } },
          events: { orderBy: { createdAt: "asc" }, select: { type: true, payload: true, createdAt: true } },
          // What identifies each receipt; the files themselves open from the case's pages.
          evidence: { orderBy: { createdAt: "asc" }, select: { id: true, step: true, name: true, type: true, size: true, sha256: true, createdAt: true } },
        },
      },
    },
  });
  return {
    exportedAt: now.toISOString(),
    account: { email: user.email, locale: user.locale, createdAt: user.createdAt },
    cases: user.cases.map((c) => ({ ...c, events: c.events.map((e) => ({ ...e, payload: JSON.parse(e.payload) as unknown })) })),
  };
}

// The account an e-mail address signs in to, with what its password is checked against.
export async function credentialsFor(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true } });
}

// What a mail to the person needs: where, and in which language.
export async function mailTarget(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true, emailVerifiedAt: true } });
}

export async function mailTargetByEmail(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true, emailVerifiedAt: true } });
}

// A password set from a reset link: every session ends (the browser that set it signs in
// anew), and the address is confirmed, since its mail was opened.
export async function resetPassword(userId: string, passwordHash: string, now: Date) {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
}

// A new address, unconfirmed until its link is opened; "taken" when another account has it.
export async function changeEmail(userId: string, email: string): Promise<Result<{ previous: string }, "taken">> {
  try {
    return await db.$transaction(async (tx) => {
      const { email: previous } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
      await tx.user.update({ where: { id: userId }, data: { email, emailVerifiedAt: null } });
      return { ok: true as const, previous };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, reason: "taken" };
    throw error;
  }
}

export async function passwordHashOf(userId: string) {
  return (await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } }))?.passwordHash ?? null;
}

// A new password ends every other session (their rows go in the same transaction); the
// session it was changed from stays signed in.
export async function setPassword(userId: string, passwordHash: string, keepSessionId: string) {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId, id: { not: keepSessionId } } }),
  ]);
}

// Deletes the account; sessions, cases, ticks, events and receipt rows go with it (ON
// DELETE CASCADE), each case's folder of receipt files into the removal journal in the
// same transaction; then the attempt counters about the account, and the folders. The
// account is locked first, so a case opened meanwhile is not missed.
export async function deleteUser(userId: string) {
  const deleted = await withLockedAccount<{ removals: Removal[]; email: string }>(userId, async (tx) => {
    const cases = await tx.case.findMany({ where: { userId }, select: { id: true } });
    const { email } = await tx.user.delete({ where: { id: userId }, select: { email: true } });
    return {
      email,
      removals: await journalRemovals(
        tx,
        cases.map((c) => caseFolderPath(c.id)),
      ),
    };
  });
  if (!deleted.ok) return;
  await purgeAccountCounters(accountKey(deleted.email));
  await finishRemovals(deleted.removals);
}

// A new account; "taken" when the address has one (the unique index decides, so two
// sign-ups with one address at the same moment keep one).
export async function createAccount(email: string, passwordHash: string, locale: Locale): Promise<Result<{ id: string }, "taken">> {
  try {
    const { id } = await db.user.create({ data: { email, passwordHash, locale }, select: { id: true } });
    return { ok: true, id };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, reason: "taken" };
    throw error;
  }
}

export async function setLocale(userId: string, locale: Locale) {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

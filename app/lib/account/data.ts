import "server-only";
import { db } from "@/app/lib/db/client";
import { caseFolderPath } from "@/app/lib/evidence/store";
import { finishRemovals, journalRemovals, type Removal } from "@/app/lib/evidence/removals";
import { withLockedAccount } from "@/app/lib/db/locked-case";
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

export async function passwordHashOf(userId: string) {
  return (await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } }))?.passwordHash ?? null;
}

// A new password ends every other session: the version in their tokens no longer matches.
export async function setPassword(userId: string, passwordHash: string) {
  await db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
}

// Deletes the account; cases, ticks, events and receipt rows go with it (ON DELETE
// CASCADE), each case's folder of receipt files into the removal journal in the same
// transaction; then the folders. The account is locked first, so a case opened meanwhile
// is not missed.
export async function deleteUser(userId: string) {
  const deleted = await withLockedAccount<{ removals: Removal[] }>(userId, async (tx) => {
    const cases = await tx.case.findMany({ where: { userId }, select: { id: true } });
    await tx.user.delete({ where: { id: userId } });
    return {
      removals: await journalRemovals(
        tx,
        cases.map((c) => caseFolderPath(c.id)),
      ),
    };
  });
  if (deleted.ok) await finishRemovals(deleted.removals);
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

import "server-only";
import { db } from "../db";
import { removeCaseFiles } from "../evidence/store";

// Everything Odjava keeps about one person, for "export my data". Only the signed-in
// user's own rows; the password hash is not data about the person and stays out.
export async function exportUserData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      locale: true,
      createdAt: true,
      cases: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, operator: true, phoneE164: true, planType: true, contractEndDate: true, unpaidBills: true,
          accountProblems: true, channel: true, idDocument: true, holderName: true, letterPlace: true, reason: true,
          submittedOn: true, operatorReference: true, answerOn: true, answerNote: true, closedOn: true, currentStep: true,
          portRegistered: true, portDebts: true, portRecent: true, portCommitment: true, portStolen: true, lastTopUp: true,
          billCheck1: true, billCheck2: true, representative: true, postReceiptNo: true, receivedOn: true,
          createdAt: true, updatedAt: true,
          items: { orderBy: { key: "asc" }, select: { key: true, done: true, doneAt: true } },
          events: { orderBy: { createdAt: "asc" }, select: { type: true, payload: true, createdAt: true } },
          // What identifies each receipt; the files themselves open from the case's pages.
          evidence: { orderBy: { createdAt: "asc" }, select: { id: true, step: true, name: true, type: true, size: true, sha256: true, createdAt: true } },
        },
      },
    },
  });
  return {
    exportedAt: new Date().toISOString(),
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
// CASCADE), then each case's folder of receipt files.
export async function deleteUser(userId: string) {
  const cases = await db.case.findMany({ where: { userId }, select: { id: true } });
  await db.user.delete({ where: { id: userId } });
  for (const c of cases) await removeCaseFiles(c.id);
}

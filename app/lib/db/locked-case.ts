import "server-only";
import { db, type Db } from "@/app/lib/db/client";
import { Refused, refusal, type Refusal, type Result } from "@/app/lib/result";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Runs `change` in one transaction that first writes the case row (its updatedAt), which
// locks it: changes to one case run one after another, each seeing the one before, on
// PostgreSQL as on SQLite. The row is found by id and owner, so someone else's case is
// "notFound", like no case. `change` may refuse (refuse() in app/lib/result.ts): the
// transaction then rolls back and the refusal is the answer. With `account`, the
// account's row is locked first (see lockAccount), for a change that counts over all of
// the person's cases.
export async function withLockedCase<T extends object, R extends string = never>(
  userId: string,
  caseId: string,
  now: Date,
  change: (tx: Tx) => Promise<T>,
  options: { account?: boolean } = {},
): Promise<Result<T, R | "notFound">> {
  return refusalOf(() =>
    db.$transaction(async (tx) => {
      if (options.account && !(await lockAccount(tx, userId))) throw new Refused(refusal("notFound"));
      // Raw, like lockAccount: the model API's updateMany was compiled anew on every change
      // (Prisma 6; issue 18). Prisma encodes `now` as its model API does (cases-data.test).
      const owned = await tx.$executeRaw`UPDATE "Case" SET "updatedAt" = ${now} WHERE "id" = ${caseId} AND "userId" = ${userId}`;
      if (owned === 0) throw new Refused(refusal("notFound"));
      return { ok: true as const, ...(await change(tx)) };
    }, LOCKED),
  );
}

// Runs `change` in one transaction with the account's row locked: what it counts over the
// person's cases (how many, how many bytes of receipts) stays true until it commits, so
// requests sent at the same moment cannot pass a quota together.
export async function withLockedAccount<T extends object, R extends string = never>(
  userId: string,
  change: (tx: Tx) => Promise<T>,
): Promise<Result<T, R | "notFound">> {
  return refusalOf(() =>
    db.$transaction(async (tx) => {
      if (!(await lockAccount(tx, userId))) throw new Refused(refusal("notFound"));
      return { ok: true as const, ...(await change(tx)) };
    }, LOCKED),
  );
}

// A write to the account's row that changes nothing, for its lock: PostgreSQL holds the row
// until the transaction ends; SQLite takes its one write lock. A transaction that locks both
// locks the account before the case (deleting an account does too: its row, then its cases
// by cascade), so two never wait for each other. False when there is no such account.
async function lockAccount(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.$executeRaw`UPDATE "User" SET "id" = "id" WHERE "id" = ${userId}`) === 1;
}

// A locked change may write a receipt to disk inside its transaction; on a loaded machine
// that, and the wait for SQLite's one writer, can pass Prisma's 5 s default (seen in CI:
// 10 s with four test servers on two cores). A longer limit, not a failed upload.
const LOCKED = { maxWait: 10_000, timeout: 20_000 };

async function refusalOf<T extends object, R extends string>(run: () => Promise<Result<T, R>>): Promise<Result<T, R>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refused) return error.refusal as Refusal<R>;
    throw error;
  }
}

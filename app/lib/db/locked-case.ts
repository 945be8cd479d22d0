import "server-only";
import { db, type Db } from "@/app/lib/db/client";
import { Refused, refusal, type Refusal, type Result } from "@/app/lib/result";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Runs `change` in one transaction that first writes the case row (its updatedAt), which
// locks it: changes to one case run one after another, each seeing the one before, on
// PostgreSQL as on SQLite. The row is found by id and owner, so someone else's case is
// "notFound", like no case. `change` may refuse (refuse() in app/lib/result.ts): the
// transaction then rolls back and the refusal is the answer.
export async function withLockedCase<T extends object, R extends string = never>(
  userId: string,
  caseId: string,
  now: Date,
  change: (tx: Tx) => Promise<T>,
): Promise<Result<T, R | "notFound">> {
  try {
    return await db.$transaction(async (tx) => {
      const owned = await tx.case.updateMany({ where: { id: caseId, userId }, data: { updatedAt: now } });
      if (owned.count === 0) throw new Refused(refusal("notFound"));
      return { ok: true as const, ...(await change(tx)) };
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal as Refusal<R | "notFound">;
    throw error;
  }
}

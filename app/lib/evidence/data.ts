import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/app/lib/db/client";
import { withLockedCase } from "@/app/lib/db/locked-case";
import { refuse, type Result } from "@/app/lib/result";
import type { EvidenceStep } from "@/app/lib/vocabulary";
import { MAX_EVIDENCE_BYTES_PER_ACCOUNT, MAX_EVIDENCE_PER_CASE, type EvidenceType } from "@/app/lib/evidence/limits";
import { evidenceFilePath, newEvidenceId, readEvidenceFile, removeEvidenceFile, roomFor, writeEvidenceFile } from "@/app/lib/evidence/store";
import { finishRemovals, journalRemovals, type Removal } from "@/app/lib/evidence/removals";

// Receipts attached to a case. Like every data-access function, each takes the signed-in
// user's id: someone else's case or file is indistinguishable from none.

export type EvidenceView = { id: string; step: string; name: string; type: string; size: number; sha256: string; createdAt: Date };

export async function listEvidence(userId: string, caseId: string): Promise<EvidenceView[]> {
  return db.evidence.findMany({
    where: { caseId, case: { userId } },
    orderBy: { createdAt: "asc" },
    select: { id: true, step: true, name: true, type: true, size: true, sha256: true, createdAt: true },
  });
}

// With the account and the case locked, the counts and quotas are checked first: files a
// case, bytes an account, free space on disk. Only then is the file written, and its row
// (with the timeline event) after it, still in that transaction: uploads sent at the same
// moment cannot pass a limit together, and a refused one never touches the disk. (On
// SQLite this holds the database's write lock while the file is written and synced, some
// milliseconds for 5 MB.) If the transaction fails after the write, the file is removed;
// if the process stops there, the sweep removes it, since no row names it.
export async function addEvidence(
  userId: string,
  caseId: string,
  file: { step: EvidenceStep; name: string; type: EvidenceType; bytes: Uint8Array },
  now: Date,
): Promise<Result<{ id: string }, "notFound" | "tooMany" | "accountFull" | "diskFull">> {
  const id = newEvidenceId();
  const size = file.bytes.byteLength;
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  let written = false;
  try {
    return await withLockedCase<{ id: string }, "tooMany" | "accountFull" | "diskFull">(
      userId,
      caseId,
      now,
      async (tx) => {
        if ((await tx.evidence.count({ where: { caseId } })) >= MAX_EVIDENCE_PER_CASE) refuse("tooMany");
        const used = await tx.evidence.aggregate({ where: { case: { userId } }, _sum: { size: true } });
        if ((used._sum.size ?? 0) + size > MAX_EVIDENCE_BYTES_PER_ACCOUNT) refuse("accountFull");
        if (!(await roomFor(size))) refuse("diskFull");
        written = true;
        await writeEvidenceFile(caseId, id, file.bytes);
        await tx.evidence.create({ data: { id, caseId, step: file.step, name: file.name, type: file.type, size, sha256 } });
        await tx.caseEvent.create({ data: { caseId, type: "evidence_added", payload: JSON.stringify({ step: file.step, type: file.type }) } });
        return { id };
      },
      { account: true },
    );
  } catch (error) {
    if (written) await removeEvidenceFile(caseId, id);
    throw error;
  }
}

// The row and the file's bytes, or null. The bytes are checked against the stored hash, so
// a file changed or damaged on disk is never served as the receipt.
export async function evidenceFile(userId: string, caseId: string, evidenceId: string) {
  const row = await db.evidence.findFirst({
    where: { id: evidenceId, caseId, case: { userId } },
    select: { id: true, name: true, type: true, size: true, sha256: true },
  });
  if (!row) return null;
  const bytes = await readEvidenceFile(caseId, row.id);
  if (!bytes || createHash("sha256").update(bytes).digest("hex") !== row.sha256) {
    console.error(`evidence ${row.id}: the file is missing or does not match its hash`);
    return null;
  }
  return { ...row, bytes };
}

// Removes one receipt: its row (with a timeline event) and, in the same transaction, the
// journal's note of its file; then the file.
export async function removeEvidence(userId: string, caseId: string, evidenceId: string, now: Date): Promise<Result<object, "notFound">> {
  const removed = await withLockedCase<{ removals: Removal[] }>(userId, caseId, now, async (tx) => {
    const gone = await tx.evidence.deleteMany({ where: { id: evidenceId, caseId } });
    if (gone.count === 0) refuse("notFound");
    await tx.caseEvent.create({ data: { caseId, type: "evidence_removed", payload: "{}" } });
    return { removals: await journalRemovals(tx, [evidenceFilePath(caseId, evidenceId)]) };
  });
  if (!removed.ok) return removed;
  await finishRemovals(removed.removals);
  return { ok: true };
}

import "server-only";
import { db } from "@/app/lib/db/client";
import type { Tx } from "@/app/lib/db/locked-case";
import { removeStored } from "@/app/lib/evidence/store";

// The removal journal: files cannot be deleted in a database transaction, so the
// transaction that deletes rows (a case, a receipt, an account) also writes which files
// go with them, and the files are removed after it commits. A process that stops in
// between leaves the journal row, and the sweep (sweep.ts) finishes the removal: no file
// outlives its row for longer than that.

export type Removal = { id: string; path: string };

// In the deleting transaction: `paths` relative to the upload folder (store.ts makes them).
export async function journalRemovals(tx: Tx, paths: string[]): Promise<Removal[]> {
  if (paths.length === 0) return [];
  return tx.fileRemoval.createManyAndReturn({ data: paths.map((path) => ({ path })), select: { id: true, path: true } });
}

// After the commit: removes the files, then their journal rows. Never throws, since the
// deletion itself is done: a removal that fails stays in the journal for the next sweep;
// a row naming no path of ours is dropped (it can never be done, and dropping it touches
// nothing).
export async function finishRemovals(removals: Removal[]): Promise<void> {
  const done: string[] = [];
  for (const removal of removals) {
    try {
      if (!(await removeStored(removal.path))) console.error(`file removal ${removal.id}: not a path of the upload folder; dropped`);
      done.push(removal.id);
    } catch (error) {
      console.error(`file removal ${removal.id}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
  }
  if (done.length === 0) return;
  await db.fileRemoval.deleteMany({ where: { id: { in: done } } }).catch((error) => console.error(`file removals: journal not cleared: ${error}`));
}

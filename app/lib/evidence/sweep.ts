import "server-only";
import { db } from "@/app/lib/db/client";
import { finishRemovals } from "@/app/lib/evidence/removals";
import { removeStored, storedFolders } from "@/app/lib/evidence/store";

// The sweep of the upload folder, at server start and every hour (instrumentation.ts). It
// finishes the journal's removals that a stopped process left, removes the folders of
// cases that no longer exist (deleted before the journal, or by hand), and files no row
// names that are over an hour old: partial uploads (".part") and uploads whose row was
// never committed. The hour leaves an upload under way alone, on this instance or another
// sharing the folder. Not a person's request: it reads every case and receipt id.

const GRACE_MS = 60 * 60 * 1000;
const CHUNK = 500;

export type SweepCount = { journal: number; folders: number; files: number };

async function inChunks<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

export async function sweepUploads(now: Date): Promise<SweepCount> {
  const pending = await db.fileRemoval.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, path: true } });
  await finishRemovals(pending);

  const folders = await storedFolders();
  const existing = new Set(
    (await inChunks(folders, (chunk) => db.case.findMany({ where: { id: { in: chunk.map((f) => f.caseId) } }, select: { id: true } }))).map((c) => c.id),
  );
  let removedFolders = 0;
  for (const folder of folders.filter((f) => !existing.has(f.caseId))) {
    await removeStored(folder.caseId);
    removedFolders++;
  }

  const old = folders
    .filter((f) => existing.has(f.caseId))
    .flatMap((f) => f.files.filter((file) => now.getTime() - file.modifiedAt.getTime() > GRACE_MS).map((file) => ({ caseId: f.caseId, name: file.name })));
  const named = new Set(
    (
      await inChunks(
        old.filter((f) => !f.name.endsWith(".part")),
        (chunk) => db.evidence.findMany({ where: { id: { in: chunk.map((f) => f.name) } }, select: { id: true, caseId: true } }),
      )
    ).map((e) => `${e.caseId}/${e.id}`),
  );
  let removedFiles = 0;
  for (const file of old.filter((f) => !named.has(`${f.caseId}/${f.name}`))) {
    await removeStored(`${file.caseId}/${file.name}`);
    removedFiles++;
  }
  return { journal: pending.length, folders: removedFolders, files: removedFiles };
}

// Runs the sweep now and every hour, without keeping the process alive for it; a sweep
// that fails is logged and tried again at the next hour.
export function startUploadSweeps(): void {
  const run = () =>
    sweepUploads(new Date()).then(
      (n) => n.journal + n.folders + n.files > 0 && console.info(`upload sweep: ${n.journal} journal, ${n.folders} folders, ${n.files} files`),
      (error) => console.error(`upload sweep failed: ${error}`),
    );
  void run();
  setInterval(run, GRACE_MS).unref();
}

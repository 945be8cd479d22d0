import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";

// Receipt files live on disk, outside the database: <ODJAVA_UPLOAD_DIR>/<case id>/<evidence id>.
// Names are ids we generate (never the uploaded file's name), so no input reaches a path.
// Deleting a case removes its folder. Several app instances need the folder shared.
// (turbopackIgnore: these paths are data at run time, not files for the build to trace.)

const ID = /^[a-z0-9]{1,64}$/;

export function uploadRoot(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.ODJAVA_UPLOAD_DIR?.trim() || "uploads");
}

function caseDir(caseId: string): string {
  if (!ID.test(caseId)) throw new Error("bad case id");
  return path.join(/* turbopackIgnore: true */ uploadRoot(), caseId);
}

function filePath(caseId: string, evidenceId: string): string {
  if (!ID.test(evidenceId)) throw new Error("bad evidence id");
  return path.join(/* turbopackIgnore: true */ caseDir(caseId), evidenceId);
}

export function newEvidenceId(): string {
  return randomBytes(16).toString("hex");
}

// Written to a temporary name, flushed to disk, then renamed: a crash leaves either no
// file or the whole file, never half of one under its real name.
export async function writeEvidenceFile(caseId: string, evidenceId: string, bytes: Uint8Array): Promise<void> {
  const dir = caseDir(caseId);
  await mkdir(/* turbopackIgnore: true */ dir, { recursive: true, mode: 0o700 });
  const final = filePath(caseId, evidenceId);
  const temp = `${final}.part`;
  const handle = await open(/* turbopackIgnore: true */ temp, "wx", 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(/* turbopackIgnore: true */ temp, /* turbopackIgnore: true */ final);
  const dirHandle = await open(/* turbopackIgnore: true */ dir, "r");
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}

export async function readEvidenceFile(caseId: string, evidenceId: string): Promise<Buffer | null> {
  try {
    return await readFile(/* turbopackIgnore: true */ filePath(caseId, evidenceId));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export async function removeEvidenceFile(caseId: string, evidenceId: string): Promise<void> {
  await rm(/* turbopackIgnore: true */ filePath(caseId, evidenceId), { force: true });
}

export async function removeCaseFiles(caseId: string): Promise<void> {
  await rm(/* turbopackIgnore: true */ caseDir(caseId), { recursive: true, force: true });
}

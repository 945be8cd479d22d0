import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, readdir, rename, rm, stat, statfs } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_MIN_FREE_BYTES } from "@/app/lib/evidence/limits";

// Receipt files live on disk, outside the database: <ODJAVA_UPLOAD_DIR>/<case id>/<evidence id>.
// Names are ids we generate (never the uploaded file's name), so no input reaches a path.
// Removals go through the journal (removals.ts) by paths relative to the folder. Several
// app instances need the folder shared.
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

// Whether `bytes` more leave the upload folder's file system at least the floor free
// (ODJAVA_MIN_FREE_BYTES, else DEFAULT_MIN_FREE_BYTES). Asked of the nearest folder that
// exists, since the upload folder is made by the first upload.
export async function roomFor(bytes: number): Promise<boolean> {
  let dir = uploadRoot();
  while (!(await stat(/* turbopackIgnore: true */ dir).catch(() => null)) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const fs = await statfs(/* turbopackIgnore: true */ dir);
  return fs.bavail * fs.bsize - bytes >= minFreeBytes();
}

function minFreeBytes(): number {
  const set = process.env.ODJAVA_MIN_FREE_BYTES?.trim();
  const n = set ? Number(set) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_MIN_FREE_BYTES;
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

// The paths the removal journal keeps, relative to the upload folder: a case's folder, or
// one receipt file in it.
export const caseFolderPath = (caseId: string) => path.relative(uploadRoot(), caseDir(caseId));
export const evidenceFilePath = (caseId: string, evidenceId: string) => path.relative(uploadRoot(), filePath(caseId, evidenceId));

const STORED_PATH = /^[a-z0-9]{1,64}(\/[a-z0-9]{1,64}(\.part)?)?$/;

// Removes a folder or file named by such a path (gone already is done too). Anything else is
// left alone and answered false, so a journal row can never name a path outside the folder.
export async function removeStored(relative: string): Promise<boolean> {
  if (!STORED_PATH.test(relative)) return false;
  await rm(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ uploadRoot(), relative), { recursive: true, force: true });
  return true;
}

// What the sweep looks at: the case folders and the files in them, each with the moment
// it was last written. Only names Odjava makes are listed (ids of 20 to 64 letters and
// digits, a file's possibly ending in ".part"), so a folder a person keeps there by
// mistake is never touched. No folder yet is none.
const MADE_ID = /^[a-z0-9]{20,64}$/;
const MADE_FILE = /^[a-z0-9]{20,64}(\.part)?$/;
export type StoredFolder = { caseId: string; files: { name: string; modifiedAt: Date }[] };

export async function storedFolders(): Promise<StoredFolder[]> {
  const root = uploadRoot();
  const folders: StoredFolder[] = [];
  for (const entry of await entriesOf(root)) {
    if (!entry.isDirectory() || !MADE_ID.test(entry.name)) continue;
    const files = [];
    for (const file of await entriesOf(path.join(/* turbopackIgnore: true */ root, entry.name))) {
      if (!file.isFile() || !MADE_FILE.test(file.name)) continue;
      const info = await stat(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ root, entry.name, file.name)).catch(() => null);
      if (info) files.push({ name: file.name, modifiedAt: info.mtime });
    }
    folders.push({ caseId: entry.name, files });
  }
  return folders;
}

async function entriesOf(dir: string) {
  try {
    return await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentUser } from "../auth";
import { getLocale, getT } from "../i18n/server";
import { formatFileSize } from "../dates";
import { RecordId } from "../cases/schemas";
import type { FormState } from "../form-state";
import { detectEvidenceType } from "./detect";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_PER_CASE } from "./limits";
import { addEvidence, removeEvidence } from "./data";

const UploadTarget = z.object({ caseId: RecordId, step: z.enum(["submit", "wait"]) });

// The name a person's device gave the file, made safe to show: no path, no control or
// direction-changing characters (which can make "gpj.exe" read as "exe.jpg"), well-formed,
// at most 120 characters.
function cleanName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const clean = base
    .toWellFormed()
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .trim();
  return [...clean].slice(0, 120).join("") || "receipt";
}

// Attaches a photo or scan of a receipt to a case. The size is checked before the bytes
// are read, the type from the bytes themselves.
export async function uploadEvidenceAction(target: unknown, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await currentUser();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  if (!user) return { ok: false, formError: t("errors.signedOut") };
  const where = UploadTarget.safeParse(target);
  if (!where.success) return { ok: false, formError: t("errors.formNotSaved") };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { file: t("errors.fileMissing") } };
  if (file.size > MAX_EVIDENCE_BYTES) {
    return { ok: false, fieldErrors: { file: t("errors.fileTooBig", { size: formatFileSize(file.size, locale), max: formatFileSize(MAX_EVIDENCE_BYTES, locale) }) } };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await detectEvidenceType(bytes);
  if (!type) return { ok: false, fieldErrors: { file: t("errors.fileType") } };
  const added = await addEvidence(user.id, where.data.caseId, { step: where.data.step, name: cleanName(file.name), type, bytes });
  if (!added.ok) {
    return added.reason === "tooMany"
      ? { ok: false, fieldErrors: { file: t("errors.tooManyFiles", { max: MAX_EVIDENCE_PER_CASE }) } }
      : { ok: false, formError: t("errors.caseNotFound") };
  }
  revalidatePath(`/cases/${where.data.caseId}`, "layout");
  return { ok: true };
}

const RemoveInput = z.object({ caseId: RecordId, evidenceId: RecordId });
export type RemoveResult = { ok: true } | { ok: false; error: string };

export async function removeEvidenceAction(input: unknown): Promise<RemoveResult> {
  const user = await currentUser();
  const t = await getT();
  if (!user) return { ok: false, error: t("errors.signedOut") };
  const parsed = RemoveInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: t("errors.fileNotRemoved") };
  const { caseId, evidenceId } = parsed.data;
  if (!(await removeEvidence(user.id, caseId, evidenceId))) return { ok: false, error: t("errors.fileNotFound") };
  revalidatePath(`/cases/${caseId}`, "layout");
  return { ok: true };
}

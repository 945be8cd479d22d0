"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { RecordId } from "@/app/lib/validation";
import { EVIDENCE_STEPS } from "@/app/lib/vocabulary";
import { formatFileSize } from "@/app/lib/file-size";
import { userCall, userTargetForm } from "@/app/lib/wrappers/action";
import { detectEvidenceType } from "@/app/lib/evidence/detect";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_BYTES_PER_ACCOUNT, MAX_EVIDENCE_PER_CASE } from "@/app/lib/evidence/limits";
import { addEvidence, removeEvidence } from "@/app/lib/evidence/data";

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
export const uploadEvidenceAction = userTargetForm(
  z.object({ caseId: RecordId, step: z.enum(EVIDENCE_STEPS) }),
  z.object({}),
  async ({ caseId, step }, _input, { user, t, locale, clock, formData }) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { file: t("errors.fileMissing") } };
    if (file.size > MAX_EVIDENCE_BYTES) {
      return {
        ok: false,
        fieldErrors: { file: t("errors.fileTooBig", { size: formatFileSize(file.size, locale), max: formatFileSize(MAX_EVIDENCE_BYTES, locale) }) },
      };
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = await detectEvidenceType(bytes);
    if (!type) return { ok: false, fieldErrors: { file: t("errors.fileType") } };
    const added = await addEvidence(user.id, caseId, { step, name: cleanName(file.name), type, bytes }, clock.now);
    if (!added.ok) {
      switch (added.reason) {
        case "tooMany":
          return { ok: false, fieldErrors: { file: t("errors.tooManyFiles", { max: MAX_EVIDENCE_PER_CASE }) } };
        case "accountFull":
          return { ok: false, fieldErrors: { file: t("errors.accountFilesFull", { max: formatFileSize(MAX_EVIDENCE_BYTES_PER_ACCOUNT, locale) }) } };
        case "diskFull":
          return { ok: false, fieldErrors: { file: t("errors.noDiskSpace") } };
        case "notFound":
          return { ok: false, formError: t("errors.caseNotFound") };
      }
    }
    revalidatePath(`/cases/${caseId}`, "layout");
    return { ok: true };
  },
);

export const removeEvidenceAction = userCall(
  z.object({ caseId: RecordId, evidenceId: RecordId }),
  "errors.fileNotRemoved",
  async ({ caseId, evidenceId }, { user, t, clock }) => {
    if (!(await removeEvidence(user.id, caseId, evidenceId, clock.now)).ok) return { ok: false, error: t("errors.fileNotFound") };
    revalidatePath(`/cases/${caseId}`, "layout");
    return { ok: true };
  },
);

"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentUser, requireUser } from "../auth";
import { createCase, deleteCase, setItemDone, updateCaseFacts } from "./data";
import { BASE_FIELD, FACT_FORM_NAMES, RecordId, factForms, NewCaseSchema, ToggleItemSchema } from "./schemas";
import { fieldErrorsOf, formInput, formValues, type FormState } from "../form-state";
import { todayInBelgrade } from "../calendar";
import { getT } from "../i18n/server";
import type { Progress } from "../playbook/checklist";

export async function createCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/cases/new");
  const names = ["operator", "phone", "planType", "contractEndDate"];
  const values = formValues(formData, names);
  const parsed = NewCaseSchema.safeParse(formInput(formData, names));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, await getT()), values };
  const created = await createCase(user.id, parsed.data);
  revalidatePath("/cases");
  redirect(`/cases/${created.id}/eligibility`);
}

export type ToggleResult = { ok: true; done: boolean; doneAt: string | null; progress: Progress } | { ok: false; error: string };

function revalidateCase(caseId: string) {
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/cases");
}

export async function toggleItemAction(input: unknown): Promise<ToggleResult> {
  const user = await currentUser();
  const t = await getT();
  if (!user) return { ok: false, error: t("errors.signedOut") };
  const parsed = ToggleItemSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: t("errors.notSavedItem") };
  const { caseId, key, done } = parsed.data;
  const result = await setItemDone(user.id, caseId, key, done);
  if (!result) return { ok: false, error: t("errors.caseNotFound") };
  // A tick changes counts, which the page updates from `progress` (case-progress.tsx).
  // Only when a step became done or open again (the current step, the step list's marks
  // and the timeline change) does the page need rendering again.
  if (result.stepsChanged) revalidateCase(caseId);
  return { ok: true, done: result.done, doneAt: result.doneAt?.toISOString() ?? null, progress: result.progress };
}

const FactTarget = z.object({ caseId: RecordId, form: z.enum(FACT_FORM_NAMES) });

// One action for every step form; which facts it may change is fixed by the form's schema.
export async function saveFactsAction(target: unknown, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await currentUser();
  const tr = await getT();
  if (!user) return { ok: false, formError: tr("errors.signedOut") };
  const t = FactTarget.safeParse(target);
  if (!t.success) return { ok: false, formError: tr("errors.formNotSaved") };
  const schema = factForms(() => todayInBelgrade())[t.data.form];
  const names = Object.keys(schema.shape);
  const values = formValues(formData, names);
  const parsed = schema.safeParse(formInput(formData, names));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, tr), values };
  const base = baseOf(formData.get(BASE_FIELD), names);
  if (!base) return { ok: false, formError: tr("errors.formNotSaved"), values };
  const saved = await updateCaseFacts(user.id, t.data.caseId, parsed.data, base);
  if (!saved.ok && "notFound" in saved) return { ok: false, formError: tr("errors.caseNotFound") };
  revalidateCase(t.data.caseId);
  if (!saved.ok) {
    // The page reloads with the stored values; what this person typed stays in the form.
    const changed = tr("errors.changedElsewhere");
    return { ok: false, formError: tr("errors.conflict"), fieldErrors: Object.fromEntries(saved.conflicts.map((f) => [f, changed])), values };
  }
  return { ok: true, values };
}

// What the form showed when it was loaded (JSON of the field values), normalised as the
// schemas normalise what is saved: trimmed, empty as null. Null when malformed.
function baseOf(raw: FormDataEntryValue | null, names: string[]): Record<string, string | null> | null {
  if (typeof raw !== "string" || raw.length > 4000) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const out: Record<string, string | null> = {};
  for (const name of names) {
    const v = (value as Record<string, unknown>)[name];
    if (v !== null && v !== undefined && typeof v !== "string") return null;
    out[name] = typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  }
  return out;
}

const DeleteTarget = z.object({ caseId: RecordId });

// Deletes a case for good, with its attached files. The form asks for a ticked box, so a
// stray click cannot do it.
export async function deleteCaseAction(target: unknown, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await currentUser();
  const t = await getT();
  if (!user) return { ok: false, formError: t("errors.signedOut") };
  const parsed = DeleteTarget.safeParse(target);
  if (!parsed.success) return { ok: false, formError: t("errors.formNotSaved") };
  if (formData.get("confirm") !== "yes") return { ok: false, fieldErrors: { confirm: t("errors.confirmDelete") } };
  if (!(await deleteCase(user.id, parsed.data.caseId))) return { ok: false, formError: t("errors.caseNotFound") };
  revalidatePath("/cases");
  redirect("/cases?deleted=1");
}

"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { RecordId } from "@/app/lib/validation";
import { userCall, userForm, userTargetForm } from "@/app/lib/wrappers/action";
import type { Progress } from "@/app/lib/playbook/checklist";
import { createCase, deleteCase, saveAnswers, setItemDone } from "@/app/lib/cases/commands";
import { ANSWER_FORMS, ANSWER_FORM_NAMES, answerFormSchema } from "@/app/lib/cases/fields";
import { NewCaseSchema, ToggleItemSchema } from "@/app/lib/cases/schemas";
import { BASE_FIELD, baseOf } from "@/app/lib/cases/form-base";
import { MAX_CASES_PER_ACCOUNT } from "@/app/lib/cases/limits";

function revalidateCase(caseId: string) {
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/cases");
}

export const createCaseAction = userForm(
  NewCaseSchema,
  async (input, { user, t, values, clock }) => {
    const created = await createCase(user.id, input, clock.today);
    if (!created.ok) {
      const formError = created.reason === "tooManyCases" ? t("errors.tooManyCases", { max: MAX_CASES_PER_ACCOUNT }) : t("errors.signedOut");
      return { ok: false, formError, values };
    }
    revalidatePath("/cases");
    redirect(`/cases/${created.id}/eligibility`);
  },
  { visitorTo: "/cases/new" },
);

export type ToggleResult = { ok: true; done: boolean; doneAt: string | null; progress: Progress } | { ok: false; error: string };

export const toggleItemAction = userCall(ToggleItemSchema, "errors.notSavedItem", async ({ caseId, key, done }, { user, t, clock }): Promise<ToggleResult> => {
  const result = await setItemDone(user.id, caseId, key, done, clock);
  if (!result.ok) return { ok: false, error: result.reason === "notFound" ? t("errors.caseNotFound") : t("errors.notSavedItem") };
  // A tick changes counts, which the page updates from `progress` (case-progress.tsx).
  // Only when a step became done or open again (the step list's marks and the timeline
  // change) does the page need rendering again.
  if (result.stepsChanged) revalidateCase(caseId);
  return { ok: true, done, doneAt: done ? clock.now.toISOString() : null, progress: result.progress };
});

// One action for every step form; which answers it may change is fixed by the form.
export const saveAnswersAction = userTargetForm(
  z.object({ caseId: RecordId, form: z.enum(ANSWER_FORM_NAMES) }),
  ({ form }, { clock }) => answerFormSchema(form, clock.today),
  async ({ caseId, form }, input, { user, t, clock, formData, values }) => {
    const base = baseOf(formData.get(BASE_FIELD), Object.keys(ANSWER_FORMS[form]));
    if (!base) return { ok: false, formError: t("errors.formNotSaved"), values };
    const saved = await saveAnswers(user.id, caseId, input, base, clock);
    if (!saved.ok && saved.reason === "notFound") return { ok: false, formError: t("errors.caseNotFound") };
    revalidateCase(caseId);
    if (!saved.ok) {
      // The page reloads with the stored values; what this person typed stays in the form.
      const changed = t("errors.changedElsewhere");
      return { ok: false, formError: t("errors.conflict"), fieldErrors: Object.fromEntries((saved.fields ?? []).map((f) => [f, changed])), values };
    }
    return { ok: true, values };
  },
);

// Deletes a case for good, with its attached files. The form asks for a ticked box, so a
// stray click cannot do it.
export const deleteCaseAction = userTargetForm(
  z.object({ caseId: RecordId }),
  z.object({ confirm: z.literal("yes", { error: "errors.confirmDelete" }) }),
  async ({ caseId }, _input, { user, t }) => {
    if (!(await deleteCase(user.id, caseId)).ok) return { ok: false, formError: t("errors.caseNotFound") };
    revalidatePath("/cases");
    redirect("/cases?deleted=1");
  },
);

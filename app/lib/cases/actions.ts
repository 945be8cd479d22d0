"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentUser, requireUser } from "../auth";
import { createCase, setItemDone } from "./data";
import { NewCaseSchema, ToggleItemSchema } from "./schemas";
import { fieldErrorsOf, formValues, type FormState } from "../form-state";

export async function createCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/cases/new");
  const values = formValues(formData, ["operator", "phone", "planType", "contractEndDate"]);
  const parsed = NewCaseSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const created = await createCase(user.id, parsed.data);
  revalidatePath("/cases");
  redirect(`/cases/${created.id}`);
}

export type ToggleResult = { ok: true; done: boolean; doneAt: string | null } | { ok: false; error: string };

export async function toggleItemAction(input: unknown): Promise<ToggleResult> {
  const user = await currentUser();
  if (!user) return { ok: false, error: "You are signed out. Sign in again to save." };
  const parsed = ToggleItemSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That item could not be saved." };
  const { caseId, key, done } = parsed.data;
  const result = await setItemDone(user.id, caseId, key, done);
  if (!result) return { ok: false, error: "Case not found." };
  revalidatePath(`/cases/${caseId}`);
  revalidatePath("/cases");
  return { ok: true, done: result.done, doneAt: result.doneAt?.toISOString() ?? null };
}

import type { z } from "zod";
import { loose, type T } from "@/app/lib/i18n/translator";

// What every form action returns: the first error per field, an error for the whole
// form, and the values sent, so a failed submit never empties the form.
export type FormState = {
  ok: boolean;
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
};

export const initialFormState: FormState = { ok: false };

export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const v = formData.get(name);
    values[name] = typeof v === "string" ? v.slice(0, 1000) : "";
  }
  return values;
}

// What a form sent for `names`, as sent: a file stays a file (and fails a text schema)
// and a long text keeps its length (so a length limit refuses it); missing fields are left
// out. For validation; `formValues` is for echoing the form back.
export function formInput(formData: FormData, names: readonly string[]): Record<string, FormDataEntryValue> {
  return Object.fromEntries(names.filter((n) => formData.has(n)).map((n) => [n, formData.get(n)!]));
}

// "errors.tooLong:120" -> t("errors.tooLong", { max: 120 }); zod's own messages (wrong
// types, sent by no form of ours) become a generic "not valid".
export function translateError(t: T, message: string): string {
  if (!message.startsWith("errors.")) return t("errors.invalid");
  const [key, value] = message.split(":");
  return loose(t)(key!, value ? { max: Number(value) } : undefined);
}

export function fieldErrorsOf(error: z.ZodError, t: T): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "form");
    out[name] ??= translateError(t, issue.message);
  }
  return out;
}

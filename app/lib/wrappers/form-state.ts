// Imported by the client forms too, so this file imports nothing: the translator and zod
// (app/lib/wrappers/form-errors.ts) would add ~160 KB of compressed JavaScript to every page
// with a form (issue 18).

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

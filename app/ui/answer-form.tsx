"use client";
import { useActionState } from "react";
import { saveAnswersAction } from "@/app/lib/cases/actions";
import { initialFormState } from "@/app/lib/wrappers/form-state";
import { BASE_FIELD } from "@/app/lib/cases/form-base";
import type { AnswerFormName } from "@/app/lib/cases/fields";
import { FieldError, FormError, inputClass, labelClass, primaryButtonClass } from "@/app/ui/field";

export type FieldSpec =
  | { kind: "radio"; name: string; label: string; hint?: string; options: { value: string; label: string; hint?: string }[]; value: string | null }
  | { kind: "select"; name: string; label: string; hint?: string; options: { value: string; label: string }[]; value: string | null }
  | { kind: "date" | "text" | "textarea" | "number"; name: string; label: string; hint?: string; value: string | null; maxLength?: number; optional?: boolean };

export type FormWords = { saving: string; saved: string; choose: string; optional: string };
type Props = { caseId: string; form: AnswerFormName; fields: FieldSpec[]; submitLabel: string; words: FormWords };

// A step's form, described as data by the (server) step page. Saved by one server
// action; errors appear next to their field and what was typed stays.
export function AnswerForm({ caseId, form, fields, submitLabel, words }: Props) {
  const [state, formAction, pending] = useActionState(saveAnswersAction.bind(null, { caseId, form }), initialFormState);
  const err = state.fieldErrors ?? {};
  const sent = state.values;
  const valueOf = (f: FieldSpec) => (sent ? (sent[f.name] ?? "") : (f.value ?? ""));
  const describedBy = (f: FieldSpec) => [f.hint ? `${form}-${f.name}-hint` : null, `${form}-${f.name}-error`].filter(Boolean).join(" ");

  return (
    <form key={JSON.stringify(sent ?? null)} action={formAction} className="space-y-5" noValidate>
      {/* What the form was loaded with: only fields changed from it are saved, and a field
          changed meanwhile on another device is reported instead of overwritten. */}
      <input type="hidden" name={BASE_FIELD} value={JSON.stringify(Object.fromEntries(fields.map((f) => [f.name, f.value])))} />
      <FormError message={state.formError} />
      {fields.map((f) => {
        const id = `${form}-${f.name}`;
        const hint = f.hint && (
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
            {f.hint}
          </p>
        );
        if (f.kind === "radio") {
          return (
            <fieldset key={f.name} aria-describedby={describedBy(f)}>
              <legend className={labelClass}>{f.label}</legend>
              {hint}
              <div className="mt-2 grid gap-2">
                {f.options.map((o) => {
                  const optionId = `${id}-${o.value}`;
                  return (
                    <div key={o.value} className="rounded-md border border-slate-300 bg-white px-3 py-2.5">
                      <label htmlFor={optionId} className="flex min-h-6 cursor-pointer items-start gap-3">
                        <input
                          id={optionId}
                          type="radio"
                          name={f.name}
                          value={o.value}
                          defaultChecked={valueOf(f) === o.value}
                          aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                          className="mt-0.5 h-5 w-5 shrink-0"
                        />
                        <span>{o.label}</span>
                      </label>
                      {o.hint && (
                        <p id={`${optionId}-hint`} className="ml-8 text-sm text-slate-600">
                          {o.hint}
                        </p>
                      )}
                    </div>
                  );
                })}
              </div>
              <FieldError id={`${id}-error`} message={err[f.name]} />
            </fieldset>
          );
        }
        const common = {
          id,
          name: f.name,
          defaultValue: valueOf(f),
          "aria-invalid": err[f.name] ? true : undefined,
          "aria-describedby": describedBy(f),
          className: inputClass,
        };
        return (
          <div key={f.name}>
            <label htmlFor={id} className={labelClass}>
              {f.label}
              {"optional" in f && f.optional && <span className="font-normal text-slate-600"> {words.optional}</span>}
            </label>
            {f.kind === "select" ? (
              <select {...common}>
                <option value="">{words.choose}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.kind === "textarea" ? (
              <textarea {...common} rows={3} maxLength={f.maxLength} />
            ) : (
              <input
                {...common}
                // A number is typed as text: type="number" drops "1.500" (a Serbian thousands
                // separator) silently; the server reads the grouping (validation.ts).
                type={f.kind === "number" ? "text" : f.kind}
                inputMode={f.kind === "number" ? "numeric" : undefined}
                autoComplete={f.kind === "number" ? "off" : undefined}
                maxLength={f.kind === "text" ? f.maxLength : undefined}
                min={f.kind === "date" ? "2000-01-01" : undefined}
                max={f.kind === "date" ? "2100-12-31" : undefined}
              />
            )}
            {hint}
            <FieldError id={`${id}-error`} message={err[f.name]} />
          </div>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? words.saving : submitLabel}
        </button>
        <p role="status" className="text-sm text-green-700">
          {state.ok && !pending ? words.saved : ""}
        </p>
      </div>
    </form>
  );
}

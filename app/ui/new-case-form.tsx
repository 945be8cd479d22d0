"use client";
import { useActionState } from "react";
import { createCaseAction } from "@/app/lib/cases/actions";
import { initialFormState } from "@/app/lib/wrappers/form-state";
import { FieldError, FormError, TextField, inputClass, labelClass, primaryButtonClass } from "@/app/ui/field";
import { PLAN_TYPES } from "@/app/lib/vocabulary";

export type NewCaseLabels = {
  operator: string;
  choose: string;
  operators: { id: string; label: string }[];
  phone: string;
  phoneHint: string;
  planType: string;
  prepaid: string;
  postpaid: string;
  contractEndDate: string;
  optional: string;
  contractEndDateHint: string;
  create: string;
  creating: string;
};

// `initial`: the operator and plan a public guide's "start my case" link chose.
export function NewCaseForm({ labels, initial = {} }: { labels: NewCaseLabels; initial?: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(createCaseAction, initialFormState);
  const err = state.fieldErrors ?? {};
  const v = state.values ?? initial;
  const invalid = (name: string) => (err[name] ? true : undefined);
  return (
    // key: re-mount with the values sent when the server answers, so nothing typed is lost.
    <form key={JSON.stringify(v)} action={formAction} className="space-y-5" noValidate>
      <FormError message={state.formError} />
      <div>
        <label htmlFor="operator" className={labelClass}>
          {labels.operator}
        </label>
        <select
          id="operator"
          name="operator"
          required
          defaultValue={v.operator ?? ""}
          aria-invalid={invalid("operator")}
          aria-describedby="operator-error"
          className={inputClass}
        >
          <option value="" disabled>
            {labels.choose}
          </option>
          {labels.operators.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        <FieldError id="operator-error" message={err.operator} />
      </div>
      <TextField
        id="phone"
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
        maxLength={30}
        label={labels.phone}
        hint={labels.phoneHint}
        defaultValue={v.phone ?? ""}
        error={err.phone}
      />
      <fieldset aria-describedby="planType-error">
        <legend className={labelClass}>{labels.planType}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {PLAN_TYPES.map((p) => (
            <label key={p} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-3">
              <input type="radio" name="planType" value={p} defaultChecked={v.planType === p} className="h-5 w-5" />
              {p === "prepaid" ? labels.prepaid : labels.postpaid}
            </label>
          ))}
        </div>
        <FieldError id="planType-error" message={err.planType} />
      </fieldset>
      <TextField
        id="contractEndDate"
        name="contractEndDate"
        type="date"
        min="2000-01-01"
        max="2100-12-31"
        label={labels.contractEndDate}
        optional={labels.optional}
        hint={labels.contractEndDateHint}
        defaultValue={v.contractEndDate ?? ""}
        error={err.contractEndDate}
      />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? labels.creating : labels.create}
      </button>
    </form>
  );
}

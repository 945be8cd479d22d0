"use client";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/app/lib/wrappers/form-state";
import { FormError, SubmitRow, TextField } from "@/app/ui/field";

type Field = { name: string; label: string; autoComplete: string; type?: "password" | "email"; hint?: string };
type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: Field[];
  submit: string;
  pending: string;
  done?: string;
  danger?: boolean;
  hidden?: Record<string, string>;
  // Prefix of the fields' ids, unique on the page
  idPrefix?: string;
};

// A small account form (password, address, reset): errors next to the field, a
// confirmation when it worked. What was typed in an address field is kept on an error.
export function PasswordForm({ action, fields, submit, pending, done, danger, hidden = {}, idPrefix = "pw" }: Props) {
  const [state, formAction, isPending] = useActionState(action, initialFormState);
  const err = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormError message={state.formError} />
      {fields.map((f) => (
        <TextField
          key={f.name}
          id={`${idPrefix}-${f.name}`}
          name={f.name}
          type={f.type ?? "password"}
          autoComplete={f.autoComplete}
          label={f.label}
          hint={f.hint}
          defaultValue={f.type === "email" ? (state.values?.[f.name] ?? "") : undefined}
          error={err[f.name]}
        />
      ))}
      <SubmitRow submit={submit} pending={pending} isPending={isPending} done={state.ok ? done : undefined} danger={danger} />
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { FieldError, inputClass, labelClass, primaryButtonClass } from "./field";
import { initialFormState, type FormState } from "../lib/form-state";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel: string;
  next: string;
  newPassword: boolean;
};

export function AuthForm({ action, submitLabel, pendingLabel, next, newPassword }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const err = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {state.formError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {state.formError}
        </p>
      )}
      <div>
        <label htmlFor="email" className={labelClass}>
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email ?? ""}
          aria-invalid={err.email ? true : undefined}
          aria-describedby="email-error"
          className={inputClass}
        />
        <FieldError id="email-error" message={err.email} />
      </div>
      <div>
        <label htmlFor="password" className={labelClass}>
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={newPassword ? "new-password" : "current-password"}
          required
          minLength={newPassword ? 10 : undefined}
          aria-invalid={err.password ? true : undefined}
          aria-describedby="password-error"
          className={inputClass}
        />
        {newPassword && <p className="mt-1 text-sm text-slate-600">At least 10 characters.</p>}
        <FieldError id="password-error" message={err.password} />
      </div>
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}

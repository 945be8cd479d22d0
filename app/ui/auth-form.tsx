"use client";
import { useActionState } from "react";
import { FieldError, FormError, inputClass, labelClass, primaryButtonClass } from "@/app/ui/field";
import { initialFormState, type FormState } from "@/app/lib/wrappers/form-state";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  labels: { email: string; password: string; passwordHint: string; submit: string; pending: string };
  next: string;
  newPassword: boolean;
};

export function AuthForm({ action, labels, next, newPassword }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const err = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormError message={state.formError} />
      <div>
        <label htmlFor="email" className={labelClass}>
          {labels.email}
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
          {labels.password}
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
        {newPassword && <p className="mt-1 text-sm text-slate-600">{labels.passwordHint}</p>}
        <FieldError id="password-error" message={err.password} />
      </div>
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}

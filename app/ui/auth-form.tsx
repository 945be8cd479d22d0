"use client";
import { useActionState } from "react";
import { FormError, TextField, primaryButtonClass } from "@/app/ui/field";
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
      <TextField
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        required
        label={labels.email}
        defaultValue={state.values?.email ?? ""}
        error={err.email}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        autoComplete={newPassword ? "new-password" : "current-password"}
        required
        minLength={newPassword ? 10 : undefined}
        label={labels.password}
        hint={newPassword ? labels.passwordHint : undefined}
        error={err.password}
      />
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { endAllSessionsAction, endSessionAction } from "@/app/lib/account/actions";
import { initialFormState } from "@/app/lib/wrappers/form-state";
import { FormError, secondaryLinkButtonClass } from "@/app/ui/field";

type Props = { sessionId?: string; label: string; name?: string; pending: string };

// "Sign out" for one session of the list (sessionId), or for all of them.
export function SessionButton({ sessionId, label, name, pending }: Props) {
  const [state, formAction, isPending] = useActionState(sessionId ? endSessionAction.bind(null, { sessionId }) : endAllSessionsAction, initialFormState);
  return (
    <form action={formAction}>
      <FormError message={state.formError} />
      <button type="submit" disabled={isPending} aria-label={name} className={`${secondaryLinkButtonClass} disabled:opacity-60`}>
        {isPending ? pending : label}
      </button>
    </form>
  );
}

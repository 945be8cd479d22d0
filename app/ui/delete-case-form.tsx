"use client";
import { useActionState } from "react";
import { deleteCaseAction } from "@/app/lib/cases/actions";
import { initialFormState } from "@/app/lib/wrappers/form-state";
import { FieldError, FormError, primaryButtonClass } from "@/app/ui/field";

type Words = { confirm: string; button: string; deleting: string };

// Deleting a case needs a ticked box as well as the button, so one stray click cannot.
export function DeleteCaseForm({ caseId, words }: { caseId: string; words: Words }) {
  const [state, formAction, pending] = useActionState(deleteCaseAction.bind(null, { caseId }), initialFormState);
  const error = state.fieldErrors?.confirm;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormError message={state.formError} />
      <div>
        <label htmlFor="delete-confirm" className="flex min-h-11 cursor-pointer items-center gap-3">
          <input
            id="delete-confirm"
            type="checkbox"
            name="confirm"
            value="yes"
            aria-invalid={error ? true : undefined}
            aria-describedby="delete-confirm-error"
            className="h-5 w-5 shrink-0"
          />
          <span>{words.confirm}</span>
        </label>
        <FieldError id="delete-confirm-error" message={error} />
      </div>
      <button type="submit" disabled={pending} className={`${primaryButtonClass} bg-red-700 hover:bg-red-800`}>
        {pending ? words.deleting : words.button}
      </button>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { saveMailSettingsAction } from "@/app/lib/reminders/actions";
import { initialFormState } from "@/app/lib/wrappers/form-state";
import { FormError, SubmitRow } from "@/app/ui/field";

type Props = { kinds: { kind: string; label: string; on: boolean }[]; legend: string; submit: string; pending: string; done: string };

// One box per kind of reminder; what is ticked is sent.
export function MailSettingsForm({ kinds, legend, submit, pending, done }: Props) {
  const [state, formAction, isPending] = useActionState(saveMailSettingsAction, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormError message={state.formError} />
      <fieldset>
        <legend className="mb-2 text-sm text-slate-700">{legend}</legend>
        {kinds.map((k) => (
          <label key={k.kind} className="flex min-h-11 cursor-pointer items-center gap-3">
            <input type="checkbox" name={k.kind} value="on" defaultChecked={k.on} className="h-5 w-5 shrink-0" />
            <span>{k.label}</span>
          </label>
        ))}
      </fieldset>
      <SubmitRow submit={submit} pending={pending} isPending={isPending} done={state.ok ? done : undefined} />
    </form>
  );
}

"use client";
import { useActionState, useRef, useState, useTransition } from "react";
import { removeEvidenceAction, uploadEvidenceAction } from "@/app/lib/evidence/actions";
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES } from "@/app/lib/evidence/limits";
import { formatFileSize } from "@/app/lib/file-size";
import { initialFormState } from "@/app/lib/wrappers/form-state";
import type { Locale } from "@/app/lib/i18n/locales";
import { FieldError, labelClass, primaryButtonClass } from "@/app/ui/field";

export type UploadWords = {
  label: string;
  rules: string;
  upload: string;
  // "{size}" is replaced with the file's size
  uploading: string;
  attached: string;
  missing: string;
  // "{size}" and "{max}" are replaced
  tooBig: string;
};

// One file at a time. A file that is missing or too big is refused here, before any byte
// is sent; the server checks size and type again (the type from the content).
export function EvidenceUpload({ caseId, step, words, locale }: { caseId: string; step: "submit" | "wait"; words: UploadWords; locale: Locale }) {
  const [state, formAction, pending] = useActionState(uploadEvidenceAction.bind(null, { caseId, step }), initialFormState);
  const [localError, setLocalError] = useState<string | null>(null);
  const [sending, setSending] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const id = `evidence-${step}`;
  const error = localError ?? (pending ? undefined : (state.fieldErrors?.file ?? state.formError));
  const size = (n: number) => formatFileSize(n, locale);

  function check(event: React.FormEvent<HTMLFormElement>) {
    const file = input.current?.files?.[0];
    const refuse = (message: string) => {
      event.preventDefault();
      setLocalError(message);
      input.current?.focus();
    };
    if (!file || file.size === 0) return refuse(words.missing);
    if (file.size > MAX_EVIDENCE_BYTES) return refuse(words.tooBig.replace("{size}", size(file.size)).replace("{max}", size(MAX_EVIDENCE_BYTES)));
    setLocalError(null);
    setSending(file.size);
  }

  return (
    <form action={formAction} onSubmit={check} className="space-y-3" noValidate>
      <div>
        <label htmlFor={id} className={labelClass}>
          {words.label}
        </label>
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {words.rules}
        </p>
        <input
          ref={input}
          id={id}
          name="file"
          type="file"
          accept={EVIDENCE_ACCEPT}
          onChange={() => setLocalError(null)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          className="mt-2 block w-full text-base file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:font-medium hover:file:bg-slate-100"
        />
        <FieldError id={`${id}-error`} message={error ?? undefined} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {words.upload}
        </button>
        {pending && <progress className="h-2 w-32" aria-hidden="true" />}
        <p role="status" className="text-sm text-green-700">
          {pending ? words.uploading.replace("{size}", size(sending)) : state.ok && !localError ? words.attached : ""}
        </p>
      </div>
    </form>
  );
}

// Removing asks once more, in place: "Remove" becomes "Remove for good" and "Keep".
export function RemoveEvidenceButton({
  caseId,
  evidenceId,
  name,
  words,
}: {
  caseId: string;
  evidenceId: string;
  name: string;
  words: { remove: string; confirm: string; keep: string; removing: string };
}) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const button = "inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium";
  if (!asking) {
    return (
      <button
        type="button"
        onClick={() => setAsking(true)}
        aria-label={`${words.remove}: ${name}`}
        className={`${button} border-slate-300 bg-white hover:bg-slate-100`}
      >
        {words.remove}
      </button>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        autoFocus
        disabled={pending}
        aria-label={`${words.confirm}: ${name}`}
        onClick={() =>
          startTransition(async () => {
            const result = await removeEvidenceAction({ caseId, evidenceId });
            if (!result.ok) setError(result.error);
          })
        }
        className={`${button} border-red-300 bg-red-50 text-red-800 hover:bg-red-100`}
      >
        {pending ? words.removing : words.confirm}
      </button>
      <button type="button" disabled={pending} onClick={() => setAsking(false)} className={`${button} border-slate-300 bg-white hover:bg-slate-100`}>
        {words.keep}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}

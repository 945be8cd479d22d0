// A labelled form field whose error is tied to it (aria-describedby) and announced.
export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="mt-1 text-sm text-red-700" aria-live="polite">
      {message}
    </p>
  );
}

// An error about the whole form (not one field), announced when it appears.
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      {message}
    </p>
  );
}

export const inputClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600";
export const labelClass = "block text-sm font-medium text-slate-800";
export const primaryButtonClass =
  "inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
// A link that looks like a button: the main action of a page, or a secondary one.
export const linkButtonClass = "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800";
export const secondaryLinkButtonClass = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100";

type TextFieldProps = { id: string; label: string; hint?: string; optional?: string; error?: string } & Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "id" | "className"
>;

// A labelled input with its hint and its error, both tied to it (aria-describedby).
export function TextField({ id, label, hint, optional, error, ...input }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
        {optional && <span className="font-normal text-slate-600"> {optional}</span>}
      </label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

// A form's submit button, with its pending label, and the form's confirmation beside it
// (announced when it appears).
export function SubmitRow({
  submit,
  pending,
  isPending,
  done,
  danger,
}: {
  submit: string;
  pending: string;
  isPending: boolean;
  done?: string;
  danger?: boolean;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" disabled={isPending} className={danger ? `${primaryButtonClass} bg-red-700 hover:bg-red-800` : primaryButtonClass}>
        {isPending ? pending : submit}
      </button>
      <p role="status" className="text-sm text-green-700">
        {done && !isPending ? done : ""}
      </p>
    </div>
  );
}

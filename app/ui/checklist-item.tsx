"use client";
import { useOptimistic, useState, useTransition } from "react";
import { toggleItemAction } from "@/app/lib/cases/actions";
import { useCaseProgress } from "@/app/ui/case-progress";

export type ItemWords = { saving: string; saved: string; notSaved: string; offline: string };
// `details` (rendered by the server) say how to do the item and where that comes from.
type Props = { caseId: string; itemKey: string; label: string; done: boolean; words: ItemWords; details?: React.ReactNode };
type Status = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "error"; message: string };

// One checkbox, saved the moment it changes. The box shows the new state at once; if
// the save fails it falls back to what the server has, and says so.
export function ChecklistItemToggle({ caseId, itemKey, label, done, words, details }: Props) {
  // What the server last confirmed: from the page, then from each save's answer (a tick
  // does not render the page again). A new value from the page wins.
  const [saved, setSaved] = useState({ fromPage: done, done });
  if (saved.fromPage !== done) setSaved({ fromPage: done, done });
  const [optimisticDone, setOptimisticDone] = useOptimistic(saved.done);
  const caseProgress = useCaseProgress();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [, startTransition] = useTransition();
  const id = `item-${itemKey}`;

  function onChange(next: boolean) {
    startTransition(async () => {
      setOptimisticDone(next);
      setStatus({ kind: "saving" });
      try {
        const result = await toggleItemAction({ caseId, key: itemKey, done: next });
        if (result.ok) {
          setSaved((s) => ({ ...s, done: result.done }));
          caseProgress?.setProgress(result.progress);
          setStatus({ kind: "saved" });
        } else {
          setStatus({ kind: "error", message: result.error });
        }
      } catch {
        setStatus({ kind: "error", message: words.offline });
      }
    });
  }

  return (
    <li className="flex items-start gap-3 py-2">
      <input
        id={id}
        type="checkbox"
        checked={optimisticDone}
        onChange={(e) => onChange(e.currentTarget.checked)}
        aria-describedby={`${id}-status`}
        className="mt-0.5 h-6 w-6 shrink-0 accent-brand-700"
      />
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className={optimisticDone ? "text-slate-600 line-through decoration-slate-400" : ""}>
          {label}
        </label>
        {details && <div className="mt-1 text-sm">{details}</div>}
        <p id={`${id}-status`} aria-live="polite" className="min-h-5 text-xs">
          {status.kind === "saving" && <span className="text-slate-600">{words.saving}</span>}
          {status.kind === "saved" && <span className="text-green-700">{words.saved}</span>}
          {status.kind === "error" && (
            <span role="alert" className="text-red-700">
              {words.notSaved.replace("{reason}", status.message)}
            </span>
          )}
        </p>
      </div>
    </li>
  );
}

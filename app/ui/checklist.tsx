import type { CaseDetail } from "../lib/cases/data";
import type { StepId } from "../lib/playbook/checklist";
import { ChecklistItemToggle } from "./checklist-item";

// A step's items: real checkboxes for what a person ticks; items done by an answer
// recorded on the step's form show their state instead.
export function StepChecklist({ c, step }: { c: CaseDetail; step: StepId }) {
  const items = c.items.filter((i) => i.step === step);
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((i) =>
        i.byFact ? (
          <li key={i.key} className="flex items-start gap-3 py-2">
            <span
              aria-hidden="true"
              className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded border-2 text-sm ${
                i.done ? "border-green-700 bg-green-700 text-white" : "border-slate-400 bg-white"
              }`}
            >
              {i.done ? "✓" : ""}
            </span>
            <span className={i.done ? "text-slate-600" : ""}>
              {i.label}
              <span className="sr-only">{i.done ? " (done)" : " (not done)"}</span>
              <span className="block text-xs text-slate-600">{i.done ? "Done by your answer" : "Done when you save the form on this step"}</span>
            </span>
          </li>
        ) : (
          <ChecklistItemToggle key={i.key} caseId={c.id} itemKey={i.key} label={i.label} done={i.done} />
        ),
      )}
    </ul>
  );
}

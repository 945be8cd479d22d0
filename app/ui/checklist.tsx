import type { CaseDetail } from "@/app/lib/cases/queries";
import type { StepId } from "@/app/lib/vocabulary";
import { itemLabel } from "@/app/lib/labels";
import { ChecklistItemToggle } from "@/app/ui/checklist-item";
import { itemWords } from "@/app/ui/words";
import type { Lang } from "@/app/ui/fact";

// A step's items: real checkboxes for what a person ticks; items done by an answer
// recorded on the step's form show their state instead. `omit`: items the step's own
// content shows (with more around them); `details`: what to show under an item.
type Props = { c: CaseDetail; step: StepId; lang: Lang; omit?: readonly string[]; details?: Partial<Record<string, React.ReactNode>> };

export function StepChecklist({ c, step, lang, omit = [], details = {} }: Props) {
  const { t } = lang;
  const words = itemWords(t);
  const items = c.items.filter((i) => i.step === step && !omit.includes(i.key));
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((i) => {
        const label = itemLabel(t, i, c.answers);
        return i.byFact ? (
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
              {label}
              <span className="sr-only"> {i.done ? t("stepPage.stateDone") : t("stepPage.stateOpen")}</span>
              <span className="block text-xs text-slate-600">{i.done ? t("stepPage.doneByAnswer") : t("stepPage.doneWhenSaved")}</span>
            </span>
          </li>
        ) : (
          <ChecklistItemToggle key={i.key} caseId={c.id} itemKey={i.key} label={label} done={i.done} words={words} details={details[i.key]} />
        );
      })}
    </ul>
  );
}

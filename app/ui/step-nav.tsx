import type { Progress } from "@/app/lib/playbook/checklist";
import type { StepId } from "@/app/lib/vocabulary";
import { stepTitle } from "@/app/lib/labels";
import type { Lang } from "@/app/ui/fact";
import { StepCount } from "@/app/ui/case-progress";
import { countWords } from "@/app/ui/words";

// The steps of a case as a list of links, each with its state.
export function StepNav({ caseId, progress, current, lang }: { caseId: string; progress: Progress; current?: StepId; lang: Lang }) {
  const { t } = lang;
  const words = countWords(t);
  return (
    <nav aria-label={t("stepPage.stepsNav")}>
      <ol className="grid gap-2 sm:grid-cols-2">
        {progress.steps.map((s, i) => {
          const done = s.done === s.total;
          const isCurrent = s.id === current;
          return (
            <li key={s.id}>
              <a
                href={`/cases/${caseId}/${s.id}`}
                aria-current={isCurrent ? "step" : undefined}
                className={`flex min-h-11 items-center gap-3 rounded-md border px-3 py-2 ${
                  isCurrent ? "border-brand-700 bg-brand-50" : "border-slate-200 bg-white hover:bg-slate-50"
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${
                    done ? "bg-green-700 text-white" : "bg-slate-200 text-slate-800"
                  }`}
                >
                  {done ? "✓" : i + 1}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="block font-medium">{stepTitle(t, s.id)}</span>
                  <StepCount step={s.id} words={words} className="block text-xs" doneClass="text-slate-600" openClass="text-slate-600" />
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

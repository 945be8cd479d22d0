import type { CaseDetail } from "@/app/lib/cases/queries";
import { portingCheck, type GroundState, type PortingQuestion } from "@/app/lib/playbook/porting";
import { formatCalendarDate } from "@/app/lib/dates";
import { operatorLabel, text } from "@/app/lib/labels";
import { StepForm, type StepField } from "@/app/ui/step-form";
import { FactSource, type Lang } from "@/app/ui/fact";
import { answerOptions } from "@/app/ui/words";
import { Note } from "@/app/ui/section";

const MARK: Record<GroundState, { sign: string; className: string }> = {
  blocks: { sign: "✕", className: "bg-red-700 text-white" },
  unknown: { sign: "?", className: "bg-amber-200 text-amber-950" },
  clear: { sign: "✓", className: "bg-green-700 text-white" },
};

// Keep-my-number pre-check: the refusal grounds of a porting request as questions, and
// which of them block this person now, each with its source.
export function PortingCheck({ c, today, lang }: { c: CaseDetail; today: string; lang: Lang }) {
  const { t, locale } = lang;
  const operator = operatorLabel(t, c.answers.operator);
  const check = portingCheck(c.answers, c.porting, today);
  const words: Record<PortingQuestion, { question: string; fix: string }> = {
    portRegistered: { question: t("prepare.qPortRegistered"), fix: t("prepare.fixPortRegistered", { operator }) },
    portDebts: { question: t("prepare.qPortDebts", { operator }), fix: t("prepare.fixPortDebts") },
    portRecent: { question: t("prepare.qPortRecent", { operator }), fix: t("prepare.fixPortRecent", { operator }) },
    portCommitment: { question: t("prepare.qPortCommitment"), fix: t("prepare.fixPortCommitment") },
    portStolen: { question: t("prepare.qPortStolen"), fix: t("prepare.fixPortStolen", { operator }) },
  };
  const state = { blocks: t("prepare.stateBlocks"), unknown: t("prepare.stateUnknown"), clear: t("prepare.stateClear") };
  const answers = answerOptions(t);
  const fields: StepField[] = check.asked.map((q) => ({ kind: "radio", name: q, label: words[q].question, options: answers, value: c.porting[q] }));
  const verdict = { blocked: t("prepare.verdictBlocked"), unsure: t("prepare.verdictUnsure"), clear: t("prepare.verdictClear") }[check.verdict];

  return (
    <div className="space-y-4 text-sm">
      <p>{t("prepare.checkIntro")}</p>
      <div role="status" id="porting-verdict">
        <Note tone={check.verdict === "clear" ? "ok" : check.verdict === "blocked" ? "warn" : "info"}>
          <p className="font-semibold">{verdict}</p>
        </Note>
      </div>
      <ul className="space-y-3" aria-label={t("prepare.checkHeading")}>
        {check.grounds.map((g) => (
          <li key={g.question} className="flex items-start gap-3" data-ground={g.question} data-state={g.state}>
            <span
              aria-hidden="true"
              className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${MARK[g.state].className}`}
            >
              {MARK[g.state].sign}
            </span>
            <div className="min-w-0">
              <p>
                <span className="font-medium">{words[g.question].question}</span> <span className="font-semibold">{state[g.state]}</span>
              </p>
              {g.from === "contractEndDate" && (
                <p className="text-slate-700">{t("prepare.fromContractEnd", { date: formatCalendarDate(c.answers.contractEndDate!, locale) })}</p>
              )}
              {g.from === "unpaidBills" && <p className="text-slate-700">{t("prepare.fromUnpaidBills")}</p>}
              {g.from === "prepaidRegistration" && (
                <p className="text-slate-700">
                  {t("registration.fromRegistration")}{" "}
                  <a className="font-medium text-brand-700 underline" href={`/cases/${c.id}/eligibility#registration`}>
                    {t("registration.changeAnswer")}
                  </a>
                </p>
              )}
              {g.state === "blocks" && <p className="text-red-800">{words[g.question].fix}</p>}
              <p className="text-xs text-slate-600">{text(t, g.readFrom, locale)}</p>
              <FactSource fact={g.source} lang={lang} />
            </div>
          </li>
        ))}
      </ul>
      <StepForm c={c} t={t} form="porting" fields={fields} submitLabel={t("prepare.checkSave")} />
    </div>
  );
}

import type { CaseDetail } from "@/app/lib/cases/queries";
import { eligibilityVerdict } from "@/app/lib/playbook/eligibility";
import { operatorById } from "@/app/lib/playbook/operators";
import { CHANGE_OF_TERMS, CONTRACT_AFTER_TERM } from "@/app/lib/playbook/legal";
import { operatorLabel, text } from "@/app/lib/labels";
import { AnswerForm, type FieldSpec } from "@/app/ui/answer-form";
import { FactText, type Ctx } from "@/app/ui/fact";
import { answerOptions, formWords } from "@/app/ui/words";
import { Note, Section } from "@/app/ui/section";

export function EligibilityStep({ c, today, ctx }: { c: CaseDetail; today: string; ctx: Ctx }) {
  const { t, locale } = ctx;
  const f = c.answers;
  const operator = operatorById(f.operator);
  const verdict = eligibilityVerdict(f, today);
  const answers = answerOptions(t);
  const fields: FieldSpec[] = [
    ...(f.planType === "postpaid"
      ? ([
          { kind: "radio", name: "unpaidBills", label: t("eligibility.unpaidBills"), options: answers, value: f.unpaidBills },
          { kind: "date", name: "contractEndDate", label: t("newCase.contractEndDate"), hint: t("eligibility.contractEndHint"), value: f.contractEndDate, optional: true },
        ] satisfies FieldSpec[])
      : []),
    { kind: "radio", name: "accountProblems", label: t("eligibility.accountProblems"), hint: t("eligibility.accountProblemsHint"), options: answers, value: f.accountProblems },
  ];
  const tone = verdict.level === "clear" ? "ok" : verdict.level === "ask" ? "info" : "warn";
  return (
    <>
      <div role="status">
        <Note tone={tone}>
          <p className="font-semibold">{t("eligibility.verdict", { heading: t(`eligibility.${verdict.level}`) })}</p>
          <ul className="mt-1 list-disc pl-5">
            {verdict.reasons.map((r) => (
              <li key={r.msg}>{text(t, r, locale)}</li>
            ))}
          </ul>
        </Note>
      </div>
      <Section title={t("eligibility.situation")}>
        <AnswerForm caseId={c.id} form="eligibility" fields={fields} submitLabel={t("eligibility.saveAnswers")} words={formWords(t)} />
      </Section>
      {f.planType === "postpaid" && (
        <Section title={t("eligibility.termHeading")}>
          <dl className="space-y-3 text-sm">
            {(
              [
                [t("eligibility.operatorTerm", { operator: operatorLabel(t, f.operator) }), operator.minimumTerm],
                [t("eligibility.endingEarly"), operator.earlyTermination],
                [t("eligibility.afterTerm"), CONTRACT_AFTER_TERM],
                [t("eligibility.changeOfTerms"), CHANGE_OF_TERMS],
              ] as const
            ).map(([label, fact]) => (
              <div key={label}>
                <dt className="font-medium">{label}</dt>
                <dd>
                  <FactText fact={fact} ctx={ctx} />
                </dd>
              </div>
            ))}
          </dl>
        </Section>
      )}
    </>
  );
}

import type { CaseDetail } from "@/app/lib/cases/queries";
import { eligibilityVerdict } from "@/app/lib/playbook/eligibility";
import { operatorById } from "@/app/lib/playbook/operators";
import { CHANGE_OF_TERMS, CHANGE_OF_TERMS_2023, CONTRACT_AFTER_TERM, DEVICE_INSTALMENTS } from "@/app/lib/playbook/legal";
import { earlyTerminationCost, instalmentsLeftTotal, priceChangeWindow, storedNumber } from "@/app/lib/playbook/rights";
import { formatRsd } from "@/app/lib/money";
import { formatCalendarDate } from "@/app/lib/dates";
import { operatorLabel, text } from "@/app/lib/labels";
import { StepForm, type StepField } from "@/app/ui/step-form";
import { FactText, type Lang } from "@/app/ui/fact";
import { answerOptions, yesNoOptions } from "@/app/ui/words";
import { Note, Section } from "@/app/ui/section";
import { AbroadSection } from "@/app/ui/steps/abroad";
import { PrepaidRegistrationSection } from "@/app/ui/steps/registration";

export function EligibilityStep({ c, today, lang }: { c: CaseDetail; today: string; lang: Lang }) {
  const { t, locale } = lang;
  const f = c.answers;
  const operator = operatorById(f.operator);
  const verdict = eligibilityVerdict(f, today);
  const answers = answerOptions(t);
  const fields: StepField[] = [
    // Asked before anything else: it decides between porting and a termination.
    {
      kind: "radio",
      name: "keepNumber",
      label: t("eligibility.keepNumber"),
      options: [
        { value: "yes", label: t("eligibility.keepYes"), hint: t("eligibility.keepYesHint") },
        { value: "no", label: t("eligibility.keepNo"), hint: t("eligibility.keepNoHint") },
      ],
    },
    ...(f.planType === "postpaid"
      ? ([
          { kind: "radio", name: "unpaidBills", label: t("eligibility.unpaidBills"), options: answers },
          { kind: "date", name: "contractEndDate", label: t("newCase.contractEndDate"), hint: t("eligibility.contractEndHint"), optional: true },
          { kind: "date", name: "priceNoticeOn", label: t("eligibility.priceNoticeOn"), hint: t("eligibility.priceNoticeHint"), optional: true },
        ] satisfies StepField[])
      : []),
    { kind: "radio", name: "accountProblems", label: t("eligibility.accountProblems"), hint: t("eligibility.accountProblemsHint"), options: answers },
  ];
  const window = f.planType === "postpaid" ? priceChangeWindow(f.priceNoticeOn ?? null, today) : null;
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const rsd = (n: number) => formatRsd(n, locale);
  const stored = c.stored;
  const cost = earlyTerminationCost(f, storedNumber(stored.termDiscount), storedNumber(stored.termMonthsUsed), today);
  const instalmentsLeft = storedNumber(stored.instalmentsLeft);
  const instalmentAmount = storedNumber(stored.instalmentAmount);
  const deviceTotal = stored.deviceInstalments === "yes" ? instalmentsLeftTotal(instalmentsLeft, instalmentAmount) : null;
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
      <Section title={t("eligibility.keepHeading")}>
        <div id="keep-number" className="space-y-2 text-sm" data-keep={f.keepNumber ?? ""}>
          <p>
            <FactText fact={operator.porting} lang={lang} />
          </p>
          <p>{t("prepare.warning")}</p>
          {f.keepNumber && <Note tone="info">{t(f.keepNumber === "yes" ? "eligibility.keepChangeYes" : "eligibility.keepChangeNo")}</Note>}
        </div>
      </Section>
      <Section title={t("eligibility.situation")}>
        <StepForm c={c} t={t} form="eligibility" fields={fields} submitLabel={t("eligibility.saveAnswers")} />
      </Section>
      <AbroadSection c={c} lang={lang} />
      {f.planType === "prepaid" && <PrepaidRegistrationSection c={c} lang={lang} />}
      {f.planType === "postpaid" && (
        <Section title={t("eligibility.priceWindowHeading")}>
          <div id="price-window" role="status" data-last-day={window?.lastDay ?? ""}>
            {window && (
              <Note tone={window.open ? "info" : "warn"}>
                <p className="font-semibold">
                  {window.open
                    ? t("eligibility.priceWindowOpen", { date: date(window.lastDay), days: window.daysLeft })
                    : t("eligibility.priceWindowClosed", { notice: date(window.from), date: date(window.lastDay) })}
                </p>
              </Note>
            )}
          </div>
          <p className="mt-2 text-sm">
            <FactText fact={CHANGE_OF_TERMS_2023} lang={lang} />
          </p>
        </Section>
      )}
      {f.planType === "postpaid" && (
        <Section title={t("eligibility.termHeading")}>
          <dl className="space-y-3 text-sm">
            {(
              [
                [t("eligibility.operatorTerm", { operator: operatorLabel(t, f.operator) }), [operator.minimumTerm]],
                [t("eligibility.endingEarly"), [operator.earlyTermination]],
                [t("eligibility.afterTerm"), [CONTRACT_AFTER_TERM]],
                // The 2023 article is shown above when a notice arrived; not twice on one page.
                [t("eligibility.changeOfTerms"), window ? [CHANGE_OF_TERMS] : [CHANGE_OF_TERMS, CHANGE_OF_TERMS_2023]],
              ] as const
            ).map(([label, facts]) => (
              <div key={label}>
                <dt className="font-medium">{label}</dt>
                {facts.map((fact, i) => (
                  <dd key={i} className={i > 0 ? "mt-1" : undefined}>
                    <FactText fact={fact} lang={lang} />
                  </dd>
                ))}
              </div>
            ))}
          </dl>
          <h3 className="mt-5 font-semibold">{t("eligibility.estimateHeading")}</h3>
          <div
            id="term-cost"
            role="status"
            data-cost={cost.kind === "estimate" ? String(cost.total) : cost.kind === "none" ? cost.because : ""}
            className="mt-2 text-sm"
          >
            {cost.kind === "none" ? (
              <Note tone="ok">{t(cost.because === "term-over" ? "eligibility.costNoneTermOver" : "eligibility.costNonePriceWindow")}</Note>
            ) : cost.kind === "estimate" ? (
              <Note tone="info">{t("eligibility.estimate", { perMonth: rsd(cost.perMonth), months: cost.months, total: rsd(cost.total) })}</Note>
            ) : (
              <p>{t("eligibility.estimateUnknown")}</p>
            )}
          </div>
          {cost.kind !== "none" && (
            <div className="mt-3">
              <StepForm
                c={c}
                t={t}
                form="termCost"
                submitLabel={t("eligibility.saveEstimate")}
                fields={[
                  { kind: "number", name: "termDiscount", label: t("eligibility.termDiscount"), hint: t("eligibility.termDiscountHint"), optional: true },
                  { kind: "number", name: "termMonthsUsed", label: t("eligibility.termMonthsUsed"), hint: t("eligibility.termMonthsUsedHint"), optional: true },
                ]}
              />
            </div>
          )}
        </Section>
      )}
      {f.planType === "postpaid" && (
        <Section title={t("eligibility.deviceHeading")}>
          <div id="device-instalments" role="status" data-total={deviceTotal === null ? "" : String(deviceTotal)} className="space-y-2 text-sm">
            {stored.deviceInstalments === "yes" && (
              <Note tone="info">
                {deviceTotal !== null
                  ? t("eligibility.deviceLeft", { count: instalmentsLeft ?? 0, amount: rsd(instalmentAmount ?? 0), total: rsd(deviceTotal) })
                  : t("eligibility.deviceLeftUnknown")}
              </Note>
            )}
            <p>
              <FactText fact={DEVICE_INSTALMENTS} lang={lang} />
            </p>
          </div>
          <div className="mt-3">
            <StepForm
              c={c}
              t={t}
              form="device"
              submitLabel={t("eligibility.saveDevice")}
              fields={[
                { kind: "radio", name: "deviceInstalments", label: t("eligibility.deviceInstalments"), options: yesNoOptions(t) },
                { kind: "number", name: "instalmentsLeft", label: t("eligibility.instalmentsLeft"), optional: true },
                {
                  kind: "number",
                  name: "instalmentAmount",
                  label: t("eligibility.instalmentAmount"),
                  hint: t("eligibility.instalmentAmountHint"),
                  optional: true,
                },
              ]}
            />
          </div>
        </Section>
      )}
    </>
  );
}

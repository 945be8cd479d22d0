import type { CaseDetail } from "@/app/lib/cases/queries";
import { operatorById } from "@/app/lib/playbook/operators";
import { PORTING_REFUSALS } from "@/app/lib/playbook/legal";
import { operatorLabel } from "@/app/lib/labels";
import { FactText, type Ctx } from "@/app/ui/fact";
import { Note, Section } from "@/app/ui/section";
import { PortingCheck } from "@/app/ui/steps/porting-check";
import { prepaidLapse } from "@/app/lib/playbook/lapse";
import { formatCalendarDate } from "@/app/lib/dates";
import { AnswerForm } from "@/app/ui/answer-form";
import { formWords } from "@/app/ui/words";

export function PrepareStep({ c, today, ctx }: { c: CaseDetail; today: string; ctx: Ctx }) {
  const { t } = ctx;
  const operator = operatorById(c.answers.operator);
  return (
    <>
      <Note tone="warn">{t("prepare.warning")}</Note>
      <Section title={t("prepare.keepHeading")}>
        <div className="space-y-3 text-sm">
          <p>{t("prepare.keepText", { operator: operatorLabel(t, operator.id) })}</p>
          <p>
            <FactText fact={operator.porting} ctx={ctx} />
          </p>
          <p>
            <FactText fact={PORTING_REFUSALS} ctx={ctx} />
          </p>
        </div>
      </Section>
      <Section title={t("prepare.checkHeading")}>
        <PortingCheck c={c} today={today} ctx={ctx} />
      </Section>
      {c.answers.planType === "prepaid" && (
        <Section title={t("prepare.prepaidHeading")}>
          <p className="text-sm">
            <FactText fact={operator.prepaidLapse} ctx={ctx} />
          </p>
          <h3 className="mt-4 font-semibold">{t("prepare.lapseHeading")}</h3>
          <LapseDate c={c} ctx={ctx} />
        </Section>
      )}
    </>
  );
}

// The prepaid path's end when the person just stops using the card: the lapse date from
// the operator's sourced rule, a reminder before it, and the two-factor warning.
function LapseDate({ c, ctx }: { c: CaseDetail; ctx: Ctx }) {
  const { t, locale } = ctx;
  const operator = operatorById(c.answers.operator);
  const name = operatorLabel(t, operator.id);
  const lapse = prepaidLapse(operator, c.stored.lastTopUp);
  const date = (iso: string) => formatCalendarDate(iso, locale);
  return (
    <div className="mt-2 space-y-3 text-sm">
      <div role="status" id="lapse-result">
        {lapse ? (
          <Note tone="warn">
            <p className="font-semibold">{t("prepare.lapseOn", { operator: name, date: date(lapse.lapseOn) })}</p>
            <p className="mt-1">{t("prepare.lapseRemind", { date: date(lapse.remindOn) })}</p>
            <a href={`/cases/${c.id}/lapse.ics`} className="mt-2 inline-flex min-h-11 items-center font-semibold underline">
              {t("prepare.lapseCalendar")}
            </a>
          </Note>
        ) : (
          <p>{operator.prepaidLapseAfter ? t("prepare.lapseNoDate") : t("prepare.lapseUnknown", { operator: name })}</p>
        )}
      </div>
      {operator.prepaidLapseAfter && (
        <AnswerForm
          caseId={c.id}
          form="topUp"
          submitLabel={t("prepare.lapseSave")}
          words={formWords(t)}
          fields={[{ kind: "date", name: "lastTopUp", label: t("prepare.lastTopUp"), hint: t("prepare.lastTopUpHint"), value: c.stored.lastTopUp, optional: true }]}
        />
      )}
    </div>
  );
}

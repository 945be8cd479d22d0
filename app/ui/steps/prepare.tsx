import type { CaseDetail } from "@/app/lib/cases/queries";
import { operatorById } from "@/app/lib/playbook/operators";
import { PORTING_REFUSALS } from "@/app/lib/playbook/legal";
import { operatorLabel } from "@/app/lib/labels";
import { FactText, type Lang } from "@/app/ui/fact";
import { Note, Section } from "@/app/ui/section";
import { PortingCheck } from "@/app/ui/steps/porting-check";
import { prepaidLapse } from "@/app/lib/playbook/lapse";
import { formatCalendarDate } from "@/app/lib/dates";
import { StepForm } from "@/app/ui/step-form";
import { AfterlifeInventory } from "@/app/ui/steps/afterlife";

export function PrepareStep({ c, today, lang }: { c: CaseDetail; today: string; lang: Lang }) {
  const { t } = lang;
  const operator = operatorById(c.answers.operator);
  return (
    <>
      {/* A number being ported keeps working with the new operator. */}
      {c.answers.keepNumber !== "yes" && <Note tone="warn">{t("prepare.warning")}</Note>}
      {c.answers.keepNumber === "yes" ? <Note tone="ok">{t("afterlife.kept")}</Note> : <AfterlifeInventory c={c} today={today} lang={lang} />}
      <Section title={t("prepare.keepHeading")}>
        <div className="space-y-3 text-sm">
          <p>{t("prepare.keepText", { operator: operatorLabel(t, operator.id) })}</p>
          <p>
            <FactText fact={operator.porting} lang={lang} />
          </p>
          <p>
            <FactText fact={PORTING_REFUSALS} lang={lang} />
          </p>
        </div>
      </Section>
      <Section title={t("prepare.checkHeading")}>
        <PortingCheck c={c} today={today} lang={lang} />
      </Section>
      {c.answers.planType === "prepaid" && (
        <Section title={t("prepare.prepaidHeading")}>
          <p className="text-sm">
            <FactText fact={operator.prepaidLapse} lang={lang} />
          </p>
          <h3 className="mt-4 font-semibold">{t("prepare.lapseHeading")}</h3>
          <LapseDate c={c} lang={lang} />
        </Section>
      )}
    </>
  );
}

// The prepaid path's end when the person just stops using the card: the lapse date from
// the operator's sourced rule, a reminder before it, and the two-factor warning.
function LapseDate({ c, lang }: { c: CaseDetail; lang: Lang }) {
  const { t, locale } = lang;
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
        <StepForm
          c={c}
          t={t}
          form="topUp"
          submitLabel={t("prepare.lapseSave")}
          fields={[{ kind: "date", name: "lastTopUp", label: t("prepare.lastTopUp"), hint: t("prepare.lastTopUpHint"), optional: true }]}
        />
      )}
    </div>
  );
}

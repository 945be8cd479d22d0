import type { CaseDetail } from "@/app/lib/cases/queries";
import { KEEP_PROOF } from "@/app/lib/playbook/legal";
import { formatCalendarDate } from "@/app/lib/dates";
import { StepForm } from "@/app/ui/step-form";
import { FactText, type Lang } from "@/app/ui/fact";

import { Note, Section } from "@/app/ui/section";
import { BillWatch } from "@/app/ui/steps/bill-watch";

export function ConfirmStep({ c, today, lang }: { c: CaseDetail; today: string; lang: Lang }) {
  const { t, locale } = lang;
  return (
    <>
      {c.answers.closedOn && <Note tone="ok">{t("confirm.closedSince", { date: formatCalendarDate(c.answers.closedOn, locale) })}</Note>}
      <Section title={t("confirm.checkHeading")}>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>{t("confirm.check1")}</li>
          <li>{t("confirm.check2")}</li>
          <li>{t("confirm.check3")}</li>
        </ul>
        <p className="mt-2 text-sm">
          <FactText fact={KEEP_PROOF} lang={lang} />
        </p>
      </Section>
      <Section title={t("confirm.markHeading")}>
        <StepForm c={c} t={t} form="closed" submitLabel={t("confirm.markClosed")} fields={[{ kind: "date", name: "closedOn", label: t("confirm.closedOn") }]} />
      </Section>
      <Section title={t("bills.heading")}>
        <BillWatch c={c} today={today} lang={lang} />
      </Section>
    </>
  );
}

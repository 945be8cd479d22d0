import type { CaseDetail } from "@/app/lib/cases/queries";
import { KEEP_PROOF } from "@/app/lib/playbook/legal";
import { formatCalendarDate } from "@/app/lib/dates";
import { AnswerForm } from "@/app/ui/answer-form";
import { FactText, type Ctx } from "@/app/ui/fact";
import { formWords } from "@/app/ui/words";
import { Note, Section } from "@/app/ui/section";
import { BillWatch } from "@/app/ui/steps/bill-watch";

export function ConfirmStep({ c, today, ctx }: { c: CaseDetail; today: string; ctx: Ctx }) {
  const { t, locale } = ctx;
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
          <FactText fact={KEEP_PROOF} ctx={ctx} />
        </p>
      </Section>
      <Section title={t("confirm.markHeading")}>
        <AnswerForm
          caseId={c.id}
          form="closed"
          submitLabel={t("confirm.markClosed")}
          words={formWords(t)}
          fields={[{ kind: "date", name: "closedOn", label: t("confirm.closedOn"), value: c.answers.closedOn }]}
        />
      </Section>
      <Section title={t("bills.heading")}>
        <BillWatch c={c} today={today} ctx={ctx} />
      </Section>
    </>
  );
}

import type { CaseDetail } from "../../lib/cases/data";
import { KEEP_PROOF } from "../../lib/playbook/legal";
import { formatCalendarDate } from "../../lib/dates";
import { FactForm } from "../fact-form";
import { FactText, type Ctx } from "../fact";
import { formWords } from "../words";
import { Note, Section } from "./section";
import { BillWatch } from "./bill-watch";

export function ConfirmStep({ c, today, ctx }: { c: CaseDetail; today: string; ctx: Ctx }) {
  const { t, locale } = ctx;
  return (
    <>
      {c.facts.closedOn && <Note tone="ok">{t("confirm.closedSince", { date: formatCalendarDate(c.facts.closedOn, locale) })}</Note>}
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
        <FactForm
          caseId={c.id}
          form="closed"
          submitLabel={t("confirm.markClosed")}
          words={formWords(t)}
          fields={[{ kind: "date", name: "closedOn", label: t("confirm.closedOn"), value: c.facts.closedOn }]}
        />
      </Section>
      <Section title={t("bills.heading")}>
        <BillWatch c={c} today={today} ctx={ctx} />
      </Section>
    </>
  );
}

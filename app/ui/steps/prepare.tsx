import type { CaseDetail } from "../../lib/cases/data";
import { operatorById } from "../../lib/playbook/operators";
import { PORTING_REFUSALS } from "../../lib/playbook/legal";
import { operatorLabel } from "../../lib/i18n/labels";
import { FactText, type Ctx } from "../fact";
import { Note, Section } from "./section";
import { PortingCheck } from "./porting-check";

export function PrepareStep({ c, today, ctx }: { c: CaseDetail; today: string; ctx: Ctx }) {
  const { t } = ctx;
  const operator = operatorById(c.facts.operator);
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
      {c.facts.planType === "prepaid" && (
        <Section title={t("prepare.prepaidHeading")}>
          <p className="text-sm">
            <FactText fact={operator.prepaidLapse} ctx={ctx} />
          </p>
        </Section>
      )}
    </>
  );
}

import type { CaseDetail } from "../../lib/cases/data";
import { followUp } from "../../lib/playbook/deadline";
import { RATEL_COMPLAINT, RATEL_DEADLINES } from "../../lib/playbook/legal";
import { followUpMessage } from "../../lib/playbook/follow-up";
import { formatCalendarDate } from "../../lib/dates";
import { FactText, type Ctx } from "../fact";
import { Note, Section } from "./section";

export function EscalateStep({ c, today, ctx }: { c: CaseDetail; today: string; ctx: Ctx }) {
  const { t, locale } = ctx;
  const f = c.facts;
  const due = f.submittedOn ? followUp(f.submittedOn, today) : null;
  const message = followUpMessage({ facts: f, phoneE164: c.phoneE164, operatorReference: c.operatorReference }, t, locale);
  return (
    <>
      {due && !due.overdue && <Note>{t("escalate.notYet", { date: formatCalendarDate(due.due, locale) })}</Note>}
      <Section title={t("escalate.followUpHeading")}>
        <p className="mb-2 text-sm">{t("escalate.followUpText")}</p>
        <div lang="sr-Latn" className="whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
          {message.sr}
        </div>
        <p className="mb-1 mt-3 text-sm font-medium">{t("escalate.meaning")}</p>
        <div className="whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">{message.translation}</div>
      </Section>
      <Section title={t("escalate.ratelHeading")}>
        <p className="text-sm">
          <FactText fact={RATEL_COMPLAINT} ctx={ctx} />
        </p>
        <p className="mt-2 text-sm">
          <FactText fact={RATEL_DEADLINES} ctx={ctx} />
        </p>
      </Section>
    </>
  );
}

import type { CaseDetail } from "../../lib/cases/data";
import { followUp } from "../../lib/playbook/deadline";
import { RATEL_COMPLAINT, RATEL_DEADLINES } from "../../lib/playbook/legal";
import { followUpMessage } from "../../lib/playbook/follow-up";
import { formatCalendarDate } from "../../lib/dates";
import { FactText } from "../fact";
import { Note, Section } from "./section";

export function EscalateStep({ c, today }: { c: CaseDetail; today: string }) {
  const f = c.facts;
  const due = f.submittedOn ? followUp(f.submittedOn, today) : null;
  const message = followUpMessage({ facts: f, phoneE164: c.phoneE164, operatorReference: c.operatorReference });
  return (
    <>
      {due && !due.overdue && (
        <Note>
          The follow-up date is {formatCalendarDate(due.due)}: give the operator until then before you chase them.
        </Note>
      )}
      <Section title="1. Follow up with the operator">
        <p className="mb-2 text-sm">Send this by the same channel as your request (copy it, or read it at the shop):</p>
        <div lang="sr-Latn" className="whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
          {message.sr}
        </div>
        <p className="mb-1 mt-3 text-sm font-medium">What it says:</p>
        <div className="whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">{message.en}</div>
      </Section>
      <Section title="2. Complain to the regulator, RATEL">
        <p className="text-sm">
          <FactText fact={RATEL_COMPLAINT} />
        </p>
        <p className="mt-2 text-sm">
          <FactText fact={RATEL_DEADLINES} />
        </p>
      </Section>
    </>
  );
}

import Link from "next/link";
import type { CaseDetail } from "../../lib/cases/data";
import { followUp } from "../../lib/playbook/deadline";
import { ANSWER_TIME } from "../../lib/playbook/legal";
import { formatCalendarDate } from "../../lib/dates";
import { FactForm } from "../fact-form";
import { FactText } from "../fact";
import { Note, Section } from "./section";

export function WaitStep({ c, today }: { c: CaseDetail; today: string }) {
  const f = c.facts;
  if (!f.submittedOn) {
    return <Note tone="warn">Record the date you submitted the request (previous step) to see when to follow up.</Note>;
  }
  const due = followUp(f.submittedOn, today);
  return (
    <>
      <Section title="When to expect an answer">
        <p className="text-lg">
          Follow up on <strong>{formatCalendarDate(due.due)}</strong>
        </p>
        <p className="text-sm text-slate-700">
          {due.businessDays} Serbian business days after {formatCalendarDate(f.submittedOn)}, skipping weekends and public
          holidays.{" "}
          {f.answerOn
            ? ""
            : due.overdue
              ? `That date passed ${-due.daysLeft} day${due.daysLeft === -1 ? "" : "s"} ago.`
              : due.daysLeft === 0
                ? "That is today."
                : `${due.daysLeft} day${due.daysLeft === 1 ? "" : "s"} left.`}
        </p>
        <p className="mt-2 text-sm">
          <FactText fact={ANSWER_TIME} />
        </p>
        <a href={`/cases/${c.id}/reminder.ics`} className="mt-3 inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100">
          Add a reminder to my calendar (.ics)
        </a>
        {due.overdue && !f.answerOn && (
          <div className="mt-3">
            <Note tone="warn">
              No answer yet? <Link href={`/cases/${c.id}/escalate`} className="font-semibold underline">Follow up, then complain to RATEL</Link>.
            </Note>
          </div>
        )}
      </Section>
      <Section title="Record the answer">
        <FactForm
          caseId={c.id}
          form="answer"
          submitLabel="Save answer"
          fields={[
            { kind: "date", name: "answerOn", label: "Date of the operator's answer", value: f.answerOn },
            { kind: "textarea", name: "answerNote", label: "What they said", hint: "E.g. the disconnection date and the final bill.", value: c.answerNote, maxLength: 1000, optional: true },
          ]}
        />
      </Section>
    </>
  );
}

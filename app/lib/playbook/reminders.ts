import { addBusinessDays } from "@/app/lib/calendar";
import { followUp } from "@/app/lib/playbook/deadline";
import { prepaidLapse } from "@/app/lib/playbook/lapse";
import { billCheckIns } from "@/app/lib/playbook/bills";
import { operatorById } from "@/app/lib/playbook/operators";
import type { OperatorId, PlanType, ReminderKind } from "@/app/lib/vocabulary";

// Which reminder mails a case calls for, and on which day: every date Odjava computes for
// a case, as long as it still matters. A later rule adds a kind here, not a mechanism.
//   follow-up         the suggested follow-up day, while no answer and no closing is recorded
//   follow-up-passed  two business days later, same conditions (points to the escalation step)
//   lapse             30 days before an unused prepaid number lapses, until the line is closed
//   bill-check-1/2    the two bill check-ins after closing, until each is answered
//   term-end          the day a postpaid minimum term ends, while nothing is submitted

export const PASSED_AFTER_BUSINESS_DAYS = 2;

// How late a reminder may still go out (a server that was down, an address confirmed
// later): "follow up today" only until "follow-up day passed" takes over; the others
// for 30 days.
export const SEND_WITHIN_DAYS: Record<ReminderKind, number> = {
  "follow-up": 2,
  "follow-up-passed": 30,
  lapse: 30,
  "bill-check-1": 30,
  "bill-check-2": 30,
  "term-end": 30,
};

export type ReminderFacts = {
  operator: OperatorId;
  planType: PlanType;
  contractEndDate: string | null;
  submittedOn: string | null;
  answerOn: string | null;
  closedOn: string | null;
  lastTopUp: string | null;
  billCheck1: string | null;
  billCheck2: string | null;
};

export type PlannedReminder = { kind: ReminderKind; day: string };

export function remindersFor(f: ReminderFacts, today: string): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  if (f.submittedOn && !f.answerOn && !f.closedOn) {
    const { due } = followUp(f.submittedOn, today);
    out.push({ kind: "follow-up", day: due }, { kind: "follow-up-passed", day: addBusinessDays(due, PASSED_AFTER_BUSINESS_DAYS) });
  }
  if (f.planType === "prepaid" && !f.closedOn) {
    const lapse = prepaidLapse(operatorById(f.operator), f.lastTopUp);
    if (lapse) out.push({ kind: "lapse", day: lapse.remindOn });
  }
  for (const c of billCheckIns(f.closedOn, [f.billCheck1, f.billCheck2], today)) {
    if (c.answer === null) out.push({ kind: c.n === 1 ? "bill-check-1" : "bill-check-2", day: c.date });
  }
  if (f.planType === "postpaid" && f.contractEndDate && !f.submittedOn && !f.closedOn) out.push({ kind: "term-end", day: f.contractEndDate });
  return out;
}

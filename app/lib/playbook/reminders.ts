import { addBusinessDays, addDays } from "@/app/lib/calendar";
import { followUp } from "@/app/lib/playbook/deadline";
import { prepaidLapse } from "@/app/lib/playbook/lapse";
import { billCheckIns } from "@/app/lib/playbook/bills";
import { operatorById } from "@/app/lib/playbook/operators";
import {
  billComplaintWindow,
  COMPLAINT_REMIND_DAYS_BEFORE,
  contractEndsBy,
  priceChangeWindow,
  PRICE_WINDOW_REMIND_DAYS_BEFORE,
} from "@/app/lib/playbook/rights";
import type { OperatorId, PlanType, ReminderKind } from "@/app/lib/vocabulary";

// Which reminder mails a case calls for, and on which day: every date Odjava computes for
// a case, as long as it still matters. A later rule adds a kind here, not a mechanism.
//   follow-up         the suggested follow-up day, while no answer and no closing is recorded
//   follow-up-passed  two business days later, same conditions (points to the escalation step)
//   lapse             30 days before an unused prepaid number lapses, until the line is closed
//   bill-check-1/2    the two bill check-ins after closing, until each is answered
//   term-end          the day a postpaid minimum term ends, while nothing is submitted
//   price-window-end  7 days before the price-change window closes, while nothing is submitted
//   notice-end        the day a postpaid contract ends at the latest (a month's notice), until closed
//   complaint-end     7 days before the complaint deadline of a bill after closing

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
  // Not after the window or the deadline has closed.
  "price-window-end": PRICE_WINDOW_REMIND_DAYS_BEFORE,
  "notice-end": 30,
  "complaint-end": COMPLAINT_REMIND_DAYS_BEFORE,
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
  priceNoticeOn: string | null;
  receivedOn: string | null;
  billDueOn: string | null;
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
  const window = f.planType === "postpaid" && !f.submittedOn && !f.closedOn ? priceChangeWindow(f.priceNoticeOn, today) : null;
  if (window) out.push({ kind: "price-window-end", day: addDays(window.lastDay, -PRICE_WINDOW_REMIND_DAYS_BEFORE) });
  if (f.planType === "postpaid" && f.submittedOn && !f.closedOn) out.push({ kind: "notice-end", day: contractEndsBy(f.submittedOn, f.receivedOn).endsBy });
  const complaint = f.closedOn && (f.billCheck1 === "yes" || f.billCheck2 === "yes") ? billComplaintWindow(f.billDueOn, today) : null;
  if (complaint) out.push({ kind: "complaint-end", day: addDays(complaint.lastDay, -COMPLAINT_REMIND_DAYS_BEFORE) });
  return out;
}

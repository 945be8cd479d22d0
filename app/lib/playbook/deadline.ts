import { addBusinessDays, daysBetween } from "@/app/lib/calendar";
import { FOLLOW_UP_BUSINESS_DAYS } from "@/app/lib/playbook/legal";

export type FollowUp = { due: string; businessDays: number; daysLeft: number; overdue: boolean };

// When to chase the operator if no answer came: a number of Serbian business days after
// the request went in (weekends and public holidays skipped).
export function followUp(submittedOn: string, today: string): FollowUp {
  const due = addBusinessDays(submittedOn, FOLLOW_UP_BUSINESS_DAYS);
  const daysLeft = daysBetween(today, due);
  return { due, businessDays: FOLLOW_UP_BUSINESS_DAYS, daysLeft, overdue: daysLeft < 0 };
}

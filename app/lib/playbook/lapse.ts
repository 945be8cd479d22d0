import { addDays, addMonths } from "@/app/lib/calendar";
import type { Operator } from "@/app/lib/playbook/operators";

// When an unused prepaid number lapses, counted from the last top-up by the operator's
// sourced rule (operators.ts: prepaidLapse and prepaidLapseAfter), and the day to be
// reminded: REMIND_DAYS_BEFORE earlier, time enough to move two-factor codes, or to top
// up and keep the number. Null when the operator's rule is not known or no date is given.
export const REMIND_DAYS_BEFORE = 30;

export function prepaidLapse(operator: Pick<Operator, "prepaidLapseAfter">, lastTopUp: string | null): { lapseOn: string; remindOn: string } | null {
  const rule = operator.prepaidLapseAfter;
  if (!rule || !lastTopUp) return null;
  const lapseOn = "days" in rule ? addDays(lastTopUp, rule.days) : addMonths(lastTopUp, rule.months);
  return { lapseOn, remindOn: addDays(lapseOn, -REMIND_DAYS_BEFORE) };
}

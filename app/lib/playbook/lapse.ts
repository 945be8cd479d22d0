import { addDays } from "../calendar";
import type { Operator } from "./operators";

// When an unused prepaid number lapses, counted from the last top-up by the operator's
// sourced rule (operators.ts: prepaidLapse and prepaidLapseAfter), and the day to be
// reminded: REMIND_DAYS_BEFORE earlier, time enough to move two-factor codes, or to top
// up and keep the number. Null when the operator's rule is not known or no date is given.
export const REMIND_DAYS_BEFORE = 30;

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  // The same day of the month, or the month's last day (31 January + 1 month = 28/29 February).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export function prepaidLapse(operator: Pick<Operator, "prepaidLapseAfter">, lastTopUp: string | null): { lapseOn: string; remindOn: string } | null {
  const rule = operator.prepaidLapseAfter;
  if (!rule || !lastTopUp) return null;
  const lapseOn = "days" in rule ? addDays(lastTopUp, rule.days) : addMonths(lastTopUp, rule.months);
  return { lapseOn, remindOn: addDays(lapseOn, -REMIND_DAYS_BEFORE) };
}

import { addMonths } from "@/app/lib/calendar";
import { msg, secondary } from "@/app/lib/playbook/facts";

// Watching the bills after the line is closed: bills come monthly, so two check-ins, one
// and two months after closing, ask whether a new bill arrived. A bill for a closed line
// is disputed with the operator (documents/bill-complaint.ts), then with RATEL (legal.ts).

// Press reports of a bill sent after closing and collected by a bailiff.
export const BILL_AFTER_CLOSING = secondary(msg("legal.billAfterClosing"), "https://www.kurir.rs/vesti/drustvo/3800691/");

export type BillCheckIn = { n: 1 | 2; date: string; due: boolean; answer: "yes" | "no" | null };

export function billCheckIns(closedOn: string | null, answers: [string | null, string | null], today: string): BillCheckIn[] {
  if (!closedOn) return [];
  return ([1, 2] as const).map((n) => {
    const date = addMonths(closedOn, n);
    const a = answers[n - 1];
    return { n, date, due: date <= today, answer: a === "yes" || a === "no" ? a : null };
  });
}

import { addDays, addMonths, daysBetween } from "@/app/lib/calendar";
import { msg, secondary } from "@/app/lib/playbook/facts";

// Rights with dates: what the law gives a person leaving a contract, each as a pure
// function of the case's dates, each with the article and its source (legal facts below).
// None of the articles was read in the official text (see content-audit.md): they are
// secondary and the UI says "confirm with the operator".
//
// How days and months are counted: a deadline of N days starts on the day after the event
// (the day a notice arrived, a bill's due date) and ends at the end of its N-th day, so
// its last day is event + N. That is the general rule of Serbian law for deadlines (Zakon
// o obligacionim odnosima, Art. 77: the event's own day does not count; cited from
// memory, not among the stored sources), and it is how "u roku od 30 dana od dana
// prijema" reads. A deadline of months ends on the day of
// the same number, or the month's last day when it has none (31 January + 1 month =
// 28/29 February), which calendar.ts's addMonths does. Neither moves off a weekend or a
// holiday: no source says it does here, and the reminders come early enough not to need it.

// ZEK 2023 Art. 131 (the fact is CHANGE_OF_TERMS_2023 in legal.ts): after a notice of a
// change of price or terms to the person's disadvantage, the contract may be ended within
// 30 days of receiving the notice without termination costs.
export const PRICE_WINDOW_DAYS = 30;
// The reminder goes 7 days before the window's last day: time to print and sign the
// letter and for a registered letter to arrive inside the window (sent is not received),
// with a weekend in between.
export const PRICE_WINDOW_REMIND_DAYS_BEFORE = 7;

// ZEK 2023 Art. 129 (the fact is CONTRACT_AFTER_TERM in legal.ts): after the minimum
// term, at most one month's notice, and that month is billed.

// RATEL's complaints page (it cites the old law's Art. 113): a bill is disputed with the
// operator within 30 days of its due date; while the complaint runs, only the undisputed
// part is paid (RATEL's FAQ, as the research notes read it; not re-checked in the audit).
export const BILL_COMPLAINT = secondary(msg("rights.billComplaint"), "https://www.ratel.rs/sr/page/prigovori-elektronske-komunikacije");
export const UNDISPUTED_PART = secondary(msg("rights.undisputedPart"), "https://ratel.rs/sr/page/cesto-postavljana-pitanja");
export const COMPLAINT_DAYS = 30;
export const COMPLAINT_REMIND_DAYS_BEFORE = 7;

export type Window = { from: string; lastDay: string; daysLeft: number; open: boolean };

function windowOf(from: string, lastDay: string, today: string): Window {
  const daysLeft = daysBetween(today, lastDay);
  return { from, lastDay, daysLeft, open: daysLeft >= 0 };
}

// The last day to end the contract without termination costs after a price or terms
// change notice arrived on `noticeOn`. Null without a notice date.
export function priceChangeWindow(noticeOn: string | null, today: string): Window | null {
  return noticeOn ? windowOf(noticeOn, addDays(noticeOn, PRICE_WINDOW_DAYS), today) : null;
}

// Whether a request dated `on` (the letter's date) goes in inside the window.
export function withinPriceWindow(noticeOn: string | null, on: string): boolean {
  return !!noticeOn && noticeOn <= on && on <= addDays(noticeOn, PRICE_WINDOW_DAYS);
}

// The day a postpaid contract ends at the latest, after at most one month's notice:
// counted from the day the operator is known to have received the request when it is
// known, else from the day it was submitted (the letter's own date).
export function contractEndsBy(submittedOn: string, receivedOn: string | null = null): { from: string; endsBy: string } {
  const from = receivedOn && receivedOn >= submittedOn ? receivedOn : submittedOn;
  return { from, endsBy: addMonths(from, 1) };
}

// The last day to complain about a bill, 30 days from its due date.
export function billComplaintWindow(billDueOn: string | null, today: string): Window | null {
  return billDueOn ? windowOf(billDueOn, addDays(billDueOn, COMPLAINT_DAYS), today) : null;
}

// Ending inside the term (EARLY_TERMINATION in legal.ts: the Ministry's decision of 2018):
// the operator may reclaim only the discount received, the full price minus the discounted
// price for each month used. Nothing is owed for ending once the term is over (Art. 129),
// nor inside a price-change window (Art. 131). Otherwise an estimate from what the person
// enters, never what the operator will charge (the letter asks for a written calculation);
// unknown until both numbers are given.
export type TermCost =
  { kind: "none"; because: "term-over" | "price-window" } | { kind: "estimate"; perMonth: number; months: number; total: number } | { kind: "unknown" };

export function earlyTerminationCost(
  f: { contractEndDate: string | null; priceNoticeOn?: string | null },
  discountPerMonth: number | null,
  monthsUsed: number | null,
  today: string,
): TermCost {
  if (f.contractEndDate !== null && f.contractEndDate <= today) return { kind: "none", because: "term-over" };
  if (withinPriceWindow(f.priceNoticeOn ?? null, today)) return { kind: "none", because: "price-window" };
  if (discountPerMonth === null || monthsUsed === null) return { kind: "unknown" };
  return { kind: "estimate", perMonth: discountPerMonth, months: monthsUsed, total: discountPerMonth * monthsUsed };
}

// A device bought on instalments with the contract is a debt of its own, owed whatever
// the termination costs (DEVICE_INSTALMENTS in legal.ts): what is left, from the count
// and one instalment's amount. Null until both are known.
export function instalmentsLeftTotal(count: number | null, amount: number | null): number | null {
  return count === null || amount === null ? null : count * amount;
}

// A stored whole number (digits, cases/fields.ts) as a number; anything else as unknown.
export const storedNumber = (value: string | null | undefined): number | null => (value && /^\d{1,9}$/.test(value) ? Number(value) : null);

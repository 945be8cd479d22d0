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

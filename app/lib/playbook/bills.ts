import { addMonths } from "../calendar";
import { formatE164 } from "../phone";
import { formatCalendarDate, formatSerbianDate } from "../dates";
import { msg, secondary } from "./facts";
import type { CaseFacts } from "./checklist";
import type { T } from "../i18n/translator";
import type { Locale } from "../i18n/locales";

// Watching the bills after the line is closed: bills come monthly, so two check-ins, one
// and two months after closing, ask whether a new bill arrived. A bill for a closed line
// is disputed with the operator (the text below), then with RATEL (legal.ts).

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

// The complaint about a bill for a closed line: Serbian to send, the person's language to understand.
export function billComplaint(input: { facts: CaseFacts; phoneE164: string; operatorReference: string | null }, t: T, locale: Locale) {
  const number = formatE164(input.phoneE164);
  const closed = input.facts.closedOn!;
  const ref = input.operatorReference?.trim();
  const sr = [
    `Predmet: Prigovor na račun za broj ${number}, izdat posle isključenja`,
    "Poštovani,",
    `Broj ${number} je na moj zahtev isključen ${formatSerbianDate(closed)}${ref ? ` (broj predmeta: ${ref})` : ""}. Ipak sam dobio/la račun za period posle isključenja.`,
    "Osporavam ovaj račun i tražim da se stornira, kao i da mi pisanim putem potvrdite da po ovom broju nemam dugovanja.",
    "Ukoliko prigovor ne bude usvojen, obratiću se Regulatornom telu za elektronske komunikacije i poštanske usluge (RATEL).",
    "S poštovanjem,",
  ].join("\n\n");
  const date = formatCalendarDate(closed, locale);
  const translation = [
    t("bills.complaintSubject", { number }),
    t("followUp.greeting"),
    ref ? t("bills.complaintClosedRef", { number, date, reference: ref }) : t("bills.complaintClosed", { number, date }),
    t("bills.complaintAsk"),
    t("bills.complaintRatel"),
    t("followUp.closing"),
  ].join("\n\n");
  return { sr, translation };
}

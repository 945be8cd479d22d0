import { formatE164 } from "@/app/lib/phone";
import { formatCalendarDate, formatSerbianDate } from "@/app/lib/dates";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import type { T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";
import { bilingual, translatorFor, type Bilingual } from "@/app/lib/documents/bilingual";

// The complaint about a bill for a closed line: Serbian to send, the person's language to understand.
export function billComplaint(input: { answers: CaseAnswers; phoneE164: string; operatorReference: string | null }, t: T, locale: Locale): Bilingual<string> {
  const number = formatE164(input.phoneE164);
  const closed = input.answers.closedOn!;
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
  return bilingual(sr, translatorFor(t, locale), (t) =>
    [
      t("bills.complaintSubject", { number }),
      t("followUp.greeting"),
      ref ? t("bills.complaintClosedRef", { number, date, reference: ref }) : t("bills.complaintClosed", { number, date }),
      t("bills.complaintAsk"),
      t("bills.complaintRatel"),
      t("followUp.closing"),
    ].join("\n\n"),
  );
}

import { formatE164 } from "../phone";
import { formatCalendarDate, formatSerbianDate } from "../dates";
import type { CaseFacts } from "./checklist";
import type { T } from "../i18n/translator";
import type { Locale } from "../i18n/locales";

// The message to chase an operator that has not answered: in Serbian, to send, and in
// the person's language, to understand.
export function followUpMessage(input: { facts: CaseFacts; phoneE164: string; operatorReference: string | null }, t: T, locale: Locale) {
  const number = formatE164(input.phoneE164);
  const when = input.facts.submittedOn;
  const ref = input.operatorReference?.trim();
  const sr = [
    "Poštovani,",
    `${when ? `Dana ${formatSerbianDate(when)}` : "Ranije"} sam podneo/la zahtev za raskid ugovora za broj ${number}${ref ? ` (broj predmeta: ${ref})` : ""}.`,
    "Do danas nisam dobio/la odgovor. Molim Vas da mi u pisanoj formi potvrdite raskid ugovora i datum isključenja broja.",
    "Ukoliko ne dobijem odgovor, obratiću se Regulatornom telu za elektronske komunikacije i poštanske usluge (RATEL).",
    "S poštovanjem,",
  ].join("\n\n");
  const date = when ? formatCalendarDate(when, locale) : "";
  const translation = [
    t("followUp.greeting"),
    !when
      ? t("followUp.submittedEarlier", { number })
      : ref
        ? t("followUp.submittedRef", { date, number, reference: ref })
        : t("followUp.submitted", { date, number }),
    t("followUp.noAnswer"),
    t("followUp.ratel"),
    t("followUp.closing"),
  ].join("\n\n");
  return { sr, translation };
}

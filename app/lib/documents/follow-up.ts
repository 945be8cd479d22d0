import { formatE164 } from "@/app/lib/phone";
import { formatCalendarDate, formatSerbianDate } from "@/app/lib/dates";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import type { T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";
import { bilingual, translatorFor, type Bilingual } from "@/app/lib/documents/bilingual";

// The message to chase an operator that has not answered: in Serbian, to send, and in
// the person's language, to understand.
export function followUpMessage(input: { answers: CaseAnswers; phoneE164: string; operatorReference: string | null }, t: T, locale: Locale): Bilingual<string> {
  const number = formatE164(input.phoneE164);
  const when = input.answers.submittedOn;
  const ref = input.operatorReference?.trim();
  const sr = [
    "Poštovani,",
    `${when ? `Dana ${formatSerbianDate(when)}` : "Ranije"} sam podneo/la zahtev za raskid ugovora za broj ${number}${ref ? ` (broj predmeta: ${ref})` : ""}.`,
    "Do danas nisam dobio/la odgovor. Molim Vas da mi u pisanoj formi potvrdite raskid ugovora i datum isključenja broja.",
    "Ukoliko ne dobijem odgovor, obratiću se Regulatornom telu za elektronske komunikacije i poštanske usluge (RATEL).",
    "S poštovanjem,",
  ].join("\n\n");
  const date = when ? formatCalendarDate(when, locale) : "";
  return bilingual(sr, translatorFor(t, locale), (t) =>
    [
      t("followUp.greeting"),
      !when
        ? t("followUp.submittedEarlier", { number })
        : ref
          ? t("followUp.submittedRef", { date, number, reference: ref })
          : t("followUp.submitted", { date, number }),
      t("followUp.noAnswer"),
      t("followUp.ratel"),
      t("followUp.closing"),
    ].join("\n\n"),
  );
}

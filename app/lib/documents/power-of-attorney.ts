import { formatE164 } from "@/app/lib/phone";
import { operatorById } from "@/app/lib/playbook/operators";
import { AUDITED, msg, verified } from "@/app/lib/playbook/facts";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import type { T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";
import { bilingual, translatorFor, type Bilingual } from "@/app/lib/documents/bilingual";

// A power of attorney (punomoćje) for someone in Serbia to end the contract for a person
// who is abroad: Serbian to sign before a notary or a competent authority, the person's
// language to understand.
// Blanks are filled in by hand: Odjava stores no document number and nothing about the
// representative.

// mts asks anyone acting for a customer but a lawyer for a power of attorney certified by a
// notary or a competent authority ("overeno kod javnog beležnika ili nadležnog organa",
// stated for complaints); for other operators no rule was found, so the app says to assume it.
export const POA_CERTIFIED = verified(msg("legal.poaCertified"), "https://www.mts.rs/privatni/korisnicka-zona/racun/prigovor", "operator", {
  checked: AUDITED,
});

export type PoaText = { title: string; paragraphs: string[]; signature: string[] };
const BLANK = "______________________";

export function powerOfAttorney(input: { answers: CaseAnswers; phoneE164: string }, t: T, locale: Locale): Bilingual<PoaText> {
  const operator = operatorById(input.answers.operator);
  const number = formatE164(input.phoneE164);
  const name = input.answers.holderName?.trim() || BLANK;
  const company = operator.legalName || BLANK;
  // Someone already abroad gives their address abroad (issue 16, item 7).
  const address = (input.answers.abroad === "yes" && input.answers.foreignAddress?.trim()) || BLANK;
  const sr: PoaText = {
    title: "PUNOMOĆJE",
    paragraphs: [
      `Ja, ${name}, broj lične karte ili pasoša: ${BLANK}, adresa: ${address},`,
      `ovlašćujem: ime i prezime: ${BLANK}, broj lične karte: ${BLANK}, adresa: ${BLANK},`,
      `da u moje ime kod operatora ${company} podnese zahtev za raskid ugovora i isključenje broja ${number}, preda i preuzme svu dokumentaciju u vezi s tim, izmiri dugovanja po ovom broju ako ih ima i potpiše potrebne isprave.`,
      "Punomoćje važi do okončanja ovog postupka.",
    ],
    signature: [`U ${BLANK}, dana ${BLANK}`, `Potpis vlastodavca: ${BLANK}`, "(potpis overava javni beležnik ili nadležni organ)"],
  };
  return bilingual(sr, translatorFor(t, locale), (t) => ({
    title: t("poa.title"),
    paragraphs: [
      t("poa.principal", { name, blank: BLANK, address }),
      t("poa.agent", { blank: BLANK }),
      t("poa.powers", { operator: company, number }),
      t("poa.validity"),
    ],
    signature: [t("poa.placeDate", { blank: BLANK }), t("poa.signature", { blank: BLANK }), t("poa.certified")],
  }));
}

import { formatE164 } from "@/app/lib/phone";
import { formatCalendarDate, formatSerbianDate } from "@/app/lib/dates";
import { contractEndsBy, withinPriceWindow } from "@/app/lib/playbook/rights";
import { operatorById } from "@/app/lib/playbook/operators";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import { REASONS, isOneOf, type Reason } from "@/app/lib/vocabulary";
import { loose, type T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";
import { bilingual, translatorFor, type Bilingual } from "@/app/lib/documents/bilingual";
import { formatIban } from "@/app/lib/validation";

// The termination request ("Zahtev za raskid ugovora"). The Serbian text is the request
// and stays Serbian in every language; the translation beneath is in the person's
// language. Pure text: the PDF lays it out.

const REASON_SR: Record<Reason, string> = {
  "moving-abroad": "odlazim iz Srbije",
  "not-needed": "broj mi više nije potreban",
  switching: "prelazim kod drugog operatora",
  cost: "troškovi usluge",
  other: "lični razlozi",
};

export type LetterInput = {
  answers: CaseAnswers;
  // Null in the public guides' sample: the number is a blank to fill in.
  phoneE164: string | null;
  holderName: string | null;
  letterPlace: string | null;
  reason: string | null;
  // Where a refund of an overpayment or advance goes, when the person gave an account.
  refundIban?: string | null;
  // "yes" when the person has the operator's equipment (a router) to return.
  operatorEquipment?: string | null;
  // "yes" when a device was bought on instalments with the contract.
  deviceInstalments?: string | null;
  // YYYY-MM-DD; null in the public guides' sample, which a reader may see long after it
  // was built: no date is printed, and nothing counted from one.
  date: string | null;
};

export type LetterText = {
  title: string;
  sender: string[];
  recipient: string[];
  placeAndDate: string;
  subject: string;
  body: string[];
  fillIn: string[];
  closing: string;
  signature: string;
};

const BLANK = "______________________";

export function letterText(input: LetterInput, t: T, locale: Locale, dateInLocale: string): Bilingual<LetterText> {
  const { answers } = input;
  const operator = operatorById(answers.operator);
  const number = input.phoneE164 ? formatE164(input.phoneE164) : BLANK;
  const name = input.holderName?.trim() || null;
  const place = input.letterPlace?.trim() || BLANK;
  const reason: Reason = isOneOf(REASONS, input.reason) ? input.reason : "other";
  const address = operator.postalAddress.status !== "unverified" ? operator.postalAddress.value : null;
  const prepaid = answers.planType === "prepaid";
  const doc = answers.idDocument;
  // Rights the letter invokes (playbook/rights.ts): leaving inside a price-change window
  // (Art. 131), and the latest end date after a month's notice, from the letter's date
  // (Art. 129 is cited only when the minimum term is known to be over: it is the rule
  // for contracts past their term).
  const date = input.date;
  const priceNotice = !prepaid && date && withinPriceWindow(answers.priceNoticeOn ?? null, date) ? answers.priceNoticeOn! : null;
  const endsBy = prepaid || !date ? null : contractEndsBy(date).endsBy;
  const termOver = date !== null && answers.contractEndDate !== null && answers.contractEndDate <= date;
  const iban = input.refundIban ? formatIban(input.refundIban) : null;
  const equipment = input.operatorEquipment === "yes";
  // Ending inside the term costs the discount received (EARLY_TERMINATION): the letter asks
  // for the operator's written calculation, unless nothing is owed for ending (the term is
  // over, or the request goes in inside a price-change window). A device on instalments is
  // a debt of its own: a statement of what is left.
  const termRunsUntil = !prepaid && date && answers.contractEndDate !== null && answers.contractEndDate > date ? answers.contractEndDate : null;
  const askCalculation = !prepaid && !termOver && !priceNotice;
  const instalments = !prepaid && input.deviceInstalments === "yes";
  // Someone already abroad (issue 16, item 7): the final bill and the answers go to the
  // address abroad they gave.
  const abroadAddress = (answers.abroad === "yes" && answers.foreignAddress?.trim()) || null;

  const sr: LetterText = {
    title: "Zahtev za raskid ugovora",
    sender: [name ?? `Ime i prezime: ${BLANK}`, ...(abroadAddress ? [`Adresa u inostranstvu: ${abroadAddress}`] : []), `Broj telefona: ${number}`],
    recipient: address ? address.split(", ") : [operator.legalName || `Operator: ${BLANK}`, `Adresa: ${BLANK}`],
    placeAndDate: `${place}, ${date ? formatSerbianDate(date) : BLANK}`,
    subject: `Predmet: Zahtev za raskid ugovora za broj ${number}`,
    body: [
      "Poštovani,",
      prepaid
        ? `Ovim putem tražim raskid ugovora i trajno isključenje pripejd broja ${number}, koji je registrovan na moje ime.`
        : `Ovim putem tražim raskid pretplatničkog ugovora za broj ${number}, koji glasi na moje ime.`,
      `Razlog: ${REASON_SR[reason]}.`,
      ...(priceNotice
        ? [
            `Dana ${formatSerbianDate(priceNotice)} dostavljeno mi je obaveštenje o izmeni cene, odnosno uslova ugovora. U skladu sa članom 131. Zakona o elektronskim komunikacijama, ugovor raskidam u roku od 30 dana od dana prijema tog obaveštenja, bez plaćanja troškova raskida.`,
          ]
        : []),
      ...(endsBy
        ? [
            termOver
              ? `U skladu sa članom 129. Zakona o elektronskim komunikacijama (otkazni rok od najviše mesec dana), molim da ugovor prestane da važi najkasnije ${formatSerbianDate(endsBy)}`
              : `Molim da ugovor prestane da važi najkasnije ${formatSerbianDate(endsBy)}`,
          ]
        : []),
      // A clean closure: the termination and its date confirmed in writing, and, for a
      // contract that is billed, a final statement or a confirmation that nothing is owed.
      "Molim Vas da mi pisanim putem potvrdite prijem ovog zahteva, raskid ugovora i datum isključenja broja.",
      ...(prepaid ? [] : ["Molim Vas i da mi dostavite konačni obračun, odnosno pisanu potvrdu da po ovom ugovoru nemam neizmirenih obaveza."]),
      ...(askCalculation
        ? [
            `${termRunsUntil ? `Ugovorna obaveza traje do ${formatSerbianDate(termRunsUntil)} Pre raskida molim` : "Ukoliko ugovorna obaveza još traje, pre raskida molim"} pisani obračun troškova prevremenog raskida; prema rešenju Ministarstva trgovine, turizma i telekomunikacija iz 2018. godine, operator može da naplati samo popust koji sam dobio/la za mesece korišćenja.`,
          ]
        : []),
      ...(instalments
        ? [
            "Uz ugovor sam kupio/la uređaj na rate. Molim Vas da mi dostavite pregled preostalih rata (broj i iznos) i da me obavestite na koji način mogu da ih izmirim.",
          ]
        : []),
      ...(abroadAddress
        ? [
            prepaid
              ? `Kako više ne boravim u Srbiji, potvrdu i svu dalju prepisku molim da mi dostavite na adresu u inostranstvu: ${abroadAddress}.`
              : `Kako više ne boravim u Srbiji, konačni račun, potvrdu i svu dalju prepisku molim da mi dostavite na adresu u inostranstvu: ${abroadAddress}.`,
          ]
        : []),
      ...(equipment
        ? ["Opremu operatora koja se nalazi kod mene (na primer ruter) vraćam; molim Vas da mi pisanim putem potvrdite njen prijem i razduženje opreme."]
        : []),
      ...(iban ? [`Ukoliko po ovom ugovoru postoji preplata ili uplaćeni avans, molim da mi se taj iznos vrati na račun IBAN ${iban}.`] : []),
    ],
    fillIn: [
      ...(prepaid ? [] : [`Broj ugovora: ${BLANK}`]),
      `Identifikacioni dokument (${doc === "passport" ? "pasoš" : doc === "rs-id" ? "lična karta" : "lična karta / pasoš"}), broj: ${BLANK}`,
    ],
    closing: "S poštovanjem,",
    signature: `Potpis: ${BLANK}`,
  };

  return bilingual(sr, translatorFor(t, locale), (t) => ({
    title: t("letter.title"),
    sender: [
      name ?? `${t("letter.name")}: ${BLANK}`,
      ...(abroadAddress ? [`${t("abroad.letterAddress")}: ${abroadAddress}`] : []),
      `${t("letter.phone")}: ${number}`,
    ],
    recipient: address ? address.split(", ") : [operator.legalName || `${t("letter.operator")}: ${BLANK}`, `${t("letter.address")}: ${BLANK}`],
    placeAndDate: `${place}, ${dateInLocale}`,
    subject: t("letter.subject", { number }),
    body: [
      t("letter.greeting"),
      prepaid ? t("letter.bodyPrepaid", { number }) : t("letter.bodyPostpaid", { number }),
      t("letter.reason", { reason: loose(t)(`reasons.${reason}`) }),
      ...(priceNotice ? [t("letter.priceWindow", { notice: formatCalendarDate(priceNotice, locale) })] : []),
      ...(endsBy ? [t(termOver ? "letter.endsByArt129" : "letter.endsBy", { date: formatCalendarDate(endsBy, locale) })] : []),
      t("letter.confirmRequest"),
      ...(prepaid ? [] : [t("letter.finalStatement")]),
      ...(askCalculation
        ? [termRunsUntil ? t("letter.writtenCalculation", { date: formatCalendarDate(termRunsUntil, locale) }) : t("letter.writtenCalculationIf")]
        : []),
      ...(instalments ? [t("letter.instalments")] : []),
      ...(abroadAddress ? [t(prepaid ? "abroad.letterSendToPrepaid" : "abroad.letterSendTo", { address: abroadAddress })] : []),
      ...(equipment ? [t("letter.equipment")] : []),
      ...(iban ? [t("letter.refund", { iban })] : []),
    ],
    fillIn: [
      ...(prepaid ? [] : [`${t("letter.contractNumber")}: ${BLANK}`]),
      `${t("letter.idDocumentNumber", { document: doc === "passport" ? t("letter.passport") : doc === "rs-id" ? t("letter.idCard") : t("letter.idEither") })}: ${BLANK}`,
    ],
    closing: t("letter.closing"),
    signature: `${t("letter.signature")}: ${BLANK}`,
  }));
}

import { formatE164 } from "../phone";
import { formatSerbianDate } from "../dates";
import { operatorById } from "./operators";
import type { CaseFacts } from "./checklist";
import { loose, type T } from "../i18n/translator";

// The termination request ("Zahtev za raskid ugovora"). The Serbian text is the request
// and stays Serbian in every language; the translation beneath is in the person's
// language. Pure text: the PDF lays it out.

export const REASONS = ["moving-abroad", "not-needed", "switching", "cost", "other"] as const;
export type Reason = (typeof REASONS)[number];

const REASON_SR: Record<Reason, string> = {
  "moving-abroad": "odlazim iz Srbije",
  "not-needed": "broj mi više nije potreban",
  switching: "prelazim kod drugog operatora",
  cost: "troškovi usluge",
  other: "lični razlozi",
};

export type LetterInput = {
  facts: CaseFacts;
  phoneE164: string;
  holderName: string | null;
  letterPlace: string | null;
  reason: string | null;
  date: string; // YYYY-MM-DD
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

function isReason(value: string | null): value is Reason {
  return value !== null && (REASONS as readonly string[]).includes(value);
}

export function letterText(input: LetterInput, t: T, dateInLocale: string): { sr: LetterText; translation: LetterText } {
  const { facts } = input;
  const operator = operatorById(facts.operator);
  const number = formatE164(input.phoneE164);
  const name = input.holderName?.trim() || null;
  const place = input.letterPlace?.trim() || BLANK;
  const reason: Reason = isReason(input.reason) ? input.reason : "other";
  const address = operator.postalAddress.status !== "unverified" ? operator.postalAddress.value : null;
  const prepaid = facts.planType === "prepaid";
  const doc = facts.idDocument;
  const tr = loose(t);

  const sr: LetterText = {
    title: "Zahtev za raskid ugovora",
    sender: [name ?? `Ime i prezime: ${BLANK}`, `Broj telefona: ${number}`],
    recipient: address ? address.split(", ") : [operator.legalName || `Operator: ${BLANK}`, `Adresa: ${BLANK}`],
    placeAndDate: `${place}, ${formatSerbianDate(input.date)}`,
    subject: `Predmet: Zahtev za raskid ugovora za broj ${number}`,
    body: [
      "Poštovani,",
      prepaid
        ? `Ovim putem tražim raskid ugovora i trajno isključenje pripejd broja ${number}, koji je registrovan na moje ime.`
        : `Ovim putem tražim raskid pretplatničkog ugovora za broj ${number}, koji glasi na moje ime.`,
      `Razlog: ${REASON_SR[reason]}.`,
      "Molim Vas da mi pisanim putem potvrdite prijem ovog zahteva, datum isključenja broja i iznos konačnog računa, ako ga ima.",
    ],
    fillIn: [
      ...(prepaid ? [] : [`Broj ugovora: ${BLANK}`]),
      `Identifikacioni dokument (${doc === "passport" ? "pasoš" : doc === "rs-id" ? "lična karta" : "lična karta / pasoš"}), broj: ${BLANK}`,
    ],
    closing: "S poštovanjem,",
    signature: `Potpis: ${BLANK}`,
  };

  const translation: LetterText = {
    title: t("letter.title"),
    sender: [name ?? `${t("letter.name")}: ${BLANK}`, `${t("letter.phone")}: ${number}`],
    recipient: address ? address.split(", ") : [operator.legalName || `${t("letter.operator")}: ${BLANK}`, `${t("letter.address")}: ${BLANK}`],
    placeAndDate: `${place}, ${dateInLocale}`,
    subject: t("letter.subject", { number }),
    body: [
      t("letter.greeting"),
      prepaid ? t("letter.bodyPrepaid", { number }) : t("letter.bodyPostpaid", { number }),
      t("letter.reason", { reason: tr(`reasons.${reason}`) }),
      t("letter.confirmRequest"),
    ],
    fillIn: [
      ...(prepaid ? [] : [`${t("letter.contractNumber")}: ${BLANK}`]),
      `${t("letter.idDocumentNumber", { document: doc === "passport" ? t("letter.passport") : doc === "rs-id" ? t("letter.idCard") : t("letter.idEither") })}: ${BLANK}`,
    ],
    closing: t("letter.closing"),
    signature: `${t("letter.signature")}: ${BLANK}`,
  };
  return { sr, translation };
}

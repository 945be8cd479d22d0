import { formatE164 } from "../phone";
import { formatSerbianDate } from "../dates";
import { operatorById } from "./operators";
import type { CaseFacts } from "./checklist";

// The termination request ("Zahtev za raskid ugovora"), in Serbian, with a translation
// for the person beneath. Pure text: the PDF and the page lay it out.

export const REASONS = ["moving-abroad", "not-needed", "switching", "cost", "other"] as const;
export type Reason = (typeof REASONS)[number];

export const REASON_TEXT: Record<Reason, { sr: string; en: string }> = {
  "moving-abroad": { sr: "odlazim iz Srbije", en: "I am leaving Serbia" },
  "not-needed": { sr: "broj mi više nije potreban", en: "I no longer need the number" },
  switching: { sr: "prelazim kod drugog operatora", en: "I am moving to another operator" },
  cost: { sr: "troškovi usluge", en: "the cost of the service" },
  other: { sr: "lični razlozi", en: "personal reasons" },
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


export function letterText(input: LetterInput): { sr: LetterText; en: LetterText } {
  const { facts } = input;
  const operator = operatorById(facts.operator);
  const number = formatE164(input.phoneE164);
  const name = input.holderName?.trim() || null;
  const reason = REASON_TEXT[(input.reason as Reason) ?? "other"] ?? REASON_TEXT.other;
  const address = operator.postalAddress.status !== "unverified" ? operator.postalAddress.value : null;
  const prepaid = facts.planType === "prepaid";
  const idWord = { sr: facts.idDocument === "passport" ? "pasoš" : facts.idDocument === "rs-id" ? "lična karta" : "lična karta / pasoš", en: facts.idDocument === "passport" ? "passport" : facts.idDocument === "rs-id" ? "ID card" : "ID card / passport" };

  const sr: LetterText = {
    title: "Zahtev za raskid ugovora",
    sender: [name ?? `Ime i prezime: ${BLANK}`, `Broj telefona: ${number}`],
    recipient: address ? address.split(", ") : [operator.legalName || `Operator: ${BLANK}`, `Adresa: ${BLANK}`],
    placeAndDate: `${input.letterPlace?.trim() || BLANK}, ${formatSerbianDate(input.date)}`,
    subject: `Predmet: Zahtev za raskid ugovora za broj ${number}`,
    body: [
      "Poštovani,",
      prepaid
        ? `Ovim putem tražim raskid ugovora i trajno isključenje pripejd broja ${number}, koji je registrovan na moje ime.`
        : `Ovim putem tražim raskid pretplatničkog ugovora za broj ${number}, koji glasi na moje ime.`,
      `Razlog: ${reason.sr}.`,
      "Molim Vas da mi pisanim putem potvrdite prijem ovog zahteva, datum isključenja broja i iznos konačnog računa, ako ga ima.",
    ],
    fillIn: [
      ...(prepaid ? [] : [`Broj ugovora: ${BLANK}`]),
      `Identifikacioni dokument (${idWord.sr}), broj: ${BLANK}`,
    ],
    closing: "S poštovanjem,",
    signature: `Potpis: ${BLANK}`,
  };

  const en: LetterText = {
    title: "Request to terminate the contract",
    sender: [name ?? `Name: ${BLANK}`, `Phone number: ${number}`],
    recipient: address ? address.split(", ") : [operator.legalName || `Operator: ${BLANK}`, `Address: ${BLANK}`],
    placeAndDate: `${input.letterPlace?.trim() || BLANK}, ${input.date}`,
    subject: `Subject: Request to terminate the contract for number ${number}`,
    body: [
      "Dear Sir or Madam,",
      prepaid
        ? `I hereby ask for the contract to be terminated and the prepaid number ${number}, registered in my name, to be permanently disconnected.`
        : `I hereby ask for the subscriber contract for number ${number}, which is in my name, to be terminated.`,
      `Reason: ${reason.en}.`,
      "Please confirm in writing that you received this request, the date the number will be disconnected, and the amount of the final bill, if any.",
    ],
    fillIn: [
      ...(prepaid ? [] : [`Contract number: ${BLANK}`]),
      `Identity document (${idWord.en}), number: ${BLANK}`,
    ],
    closing: "Yours faithfully,",
    signature: `Signature: ${BLANK}`,
  };
  return { sr, en };
}

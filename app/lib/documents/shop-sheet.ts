import { formatE164 } from "@/app/lib/phone";
import { formatSerbianDate } from "@/app/lib/dates";
import { operatorById } from "@/app/lib/playbook/operators";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import type { T } from "@/app/lib/i18n/translator";
import { formatIban } from "@/app/lib/validation";
import { withinPriceWindow } from "@/app/lib/playbook/rights";
import { CHANGE_OF_TERMS_2023, CONTRACT_AFTER_TERM, EARLY_TERMINATION, KEEP_PROOF, ORIGINAL_CONTRACT } from "@/app/lib/playbook/legal";
import type { Fact, Msg } from "@/app/lib/playbook/facts";

// The shop sheet: one page in Serbian for the person to show at the operator's counter
// (who they are, which number, what they ask for, what to hand back), each line with its
// meaning in the person's language beneath (none when that language is Serbian). Pure
// text: the PDF lays it out.

export type SheetLine = { sr: string; tr: string | null };
// At the counter: what staff may say (or the moment, `when`), the answer to show, and what
// the answer rests on (`source`: a fact with its page and date; an unverified fact is
// printed as not verified). A card that gives advice rather than a claim has no source, and
// may carry a note for the person.
export type ObjectionCard = { when: SheetLine; answer: SheetLine; fact: Fact<Msg> | null; source: SheetLine | null; note: SheetLine | null };
type CardKey = "afterTerm" | "remainingMonths" | "endOfTerm" | "priceWindow" | "original" | "offer" | "stampedCopy";
export type ShopSheet = {
  title: SheetLine;
  intro: SheetLine;
  facts: { label: SheetLine; value: string }[];
  request: SheetLine[];
  ask: SheetLine[];
  cardsTitle: SheetLine;
  cards: ObjectionCard[];
};

const BLANK = "______________________";

// `translate` is null when the person reads Serbian (translatorFor, bilingual.ts): the
// sheet then has no second lines.
export function shopSheet(
  input: {
    answers: CaseAnswers;
    phoneE164: string;
    today: string;
    refundIban?: string | null;
    operatorEquipment?: string | null;
    deviceInstalments?: string | null;
  },
  translate: { t: T; date: (iso: string) => string } | null,
): ShopSheet {
  const { answers } = input;
  const t = translate?.t;
  const line = (sr: string, tr: () => string): SheetLine => ({ sr, tr: t ? tr() : null });
  const operator = operatorById(answers.operator);
  const number = formatE164(input.phoneE164);
  const prepaid = answers.planType === "prepaid";
  const doc = answers.idDocument;
  const iban = input.refundIban ? formatIban(input.refundIban) : null;
  const equipment = input.operatorEquipment === "yes";
  const running = !prepaid && answers.contractEndDate !== null && answers.contractEndDate > input.today;
  // The term is known to be over: Art. 129 answers "pay every remaining month"; while it
  // runs, or when its end is not known, the 2018 decision does.
  const termOver = !prepaid && answers.contractEndDate !== null && answers.contractEndDate <= input.today;
  const priceNotice = !prepaid && withinPriceWindow(answers.priceNoticeOn ?? null, input.today) ? answers.priceNoticeOn! : null;
  // As the letter asks (documents/letter.ts): the operator's calculation of ending early,
  // unless nothing is owed for it, and a statement of a device's instalments left.
  const askCalculation = !prepaid && !termOver && !priceNotice;
  const instalments = !prepaid && input.deviceInstalments === "yes";
  // A source's pages are printed once, in the Serbian line (pages and dates read the same
  // in every language); the line beneath says what it means, and a fact met again points up.
  const printed = new Set<Fact<Msg>>();
  const sourceLine = (fact: Fact<Msg>): SheetLine => {
    if (fact.status === "unverified") return line("Nije provereno: potvrdite kod operatora.", () => t!("pdf.notVerified"));
    const date = fact.source.checked;
    const secondary = fact.status === "secondary";
    const confirm = secondary ? "; potvrdite kod operatora" : "";
    if (printed.has(fact)) return line(`(izvor: isti kao gore${confirm})`, () => t!(secondary ? "shopSheet.sourceAboveSecondary" : "shopSheet.sourceAbove"));
    printed.add(fact);
    const url = [fact.source.url, ...(fact.source.also ?? [])].join(" ; ");
    return line(`(izvor: ${url}, provereno ${date}${confirm})`, () => t!(secondary ? "shopSheet.sourceSecondary" : "shopSheet.source", { date }));
  };
  const card = (key: CardKey, when: string, answer: string, fact: Fact<Msg> | null, values: Record<string, string> = {}): ObjectionCard => ({
    when: line(when, () => t!(`shopSheet.cards.${key}.when`)),
    answer: line(answer, () => t!(`shopSheet.cards.${key}.answer`, values)),
    fact,
    source: fact && sourceLine(fact),
    note: null,
  });

  return {
    title: line("Zahtev za raskid ugovora i isključenje broja", () => t!("shopSheet.title")),
    intro: line("Dobar dan. Došao/la sam da podnesem zahtev za raskid ugovora za ovaj broj.", () => t!("shopSheet.intro")),
    facts: [
      { label: line("Ime i prezime", () => t!("shopSheet.name")), value: answers.holderName?.trim() || BLANK },
      { label: line("Broj telefona", () => t!("shopSheet.number")), value: number },
      { label: line("Operator", () => t!("shopSheet.operator")), value: operator.legalName || operator.name },
      { label: line("Vrsta", () => t!("shopSheet.plan")), value: prepaid ? "pripejd" : "postpejd (pretplata)" },
      {
        label: line("Identifikacioni dokument", () => t!("shopSheet.document")),
        value: doc === "passport" ? "pasoš" : doc === "rs-id" ? "lična karta" : "lična karta / pasoš",
      },
    ],
    request: [
      prepaid
        ? line(`Molim da se pripejd broj ${number}, registrovan na moje ime, trajno isključi.`, () => t!("shopSheet.requestPrepaid", { number }))
        : line(`Molim raskid pretplatničkog ugovora za broj ${number} i isključenje broja.`, () => t!("shopSheet.requestPostpaid", { number })),
      ...(running
        ? [
            line(`Ugovorna obaveza traje do ${formatSerbianDate(answers.contractEndDate!)} Molim da mi kažete koliko košta raniji raskid.`, () =>
              t!("shopSheet.termRunning", { date: translate!.date(answers.contractEndDate!) }),
            ),
          ]
        : []),
    ],
    ask: [
      line("Molim Vas da mi date:", () => t!("shopSheet.askIntro")),
      line("• potvrdu o prijemu zahteva, sa zavodnim brojem i datumom;", () => t!("shopSheet.askReceipt")),
      ...(prepaid ? [] : [line("• konačni obračun, odnosno potvrdu da nemam neizmirenih obaveza;", () => t!("shopSheet.askFinal"))]),
      ...(askCalculation ? [line("• pisani obračun troškova prevremenog raskida, ako ugovorna obaveza još traje;", () => t!("shopSheet.askCalculation"))] : []),
      ...(instalments ? [line("• pregled preostalih rata za uređaj kupljen uz ugovor (broj i iznos);", () => t!("shopSheet.askInstalments"))] : []),
      ...(equipment ? [line("• potvrdu o prijemu vraćene opreme operatora (razduženje opreme);", () => t!("shopSheet.askEquipment"))] : []),
      ...(iban ? [line(`• povraćaj preplate ili avansa, ako postoji, na račun IBAN ${iban};`, () => t!("shopSheet.askRefund", { iban }))] : []),
      line("• pisanu potvrdu o raskidu ugovora i datum isključenja broja.", () => t!("shopSheet.askClosure")),
      line("Hvala.", () => t!("shopSheet.thanks")),
    ],
    cardsTitle: line("Ako Vam na šalteru kažu…", () => t!("shopSheet.cardsTitle")),
    cards: [
      ...(prepaid
        ? []
        : termOver
          ? [
              card(
                "afterTerm",
                "„Morate da platite sve preostale mesece.“",
                "Ugovorna obaveza mi je istekla. Prema članu 129. Zakona o elektronskim komunikacijama, ugovor mogu da raskinem u svakom trenutku, uz otkazni rok od najviše mesec dana i bez troškova raskida.",
                CONTRACT_AFTER_TERM,
              ),
            ]
          : [
              card(
                "remainingMonths",
                "„Morate da platite sve preostale mesece do isteka ugovora.“",
                "Prema rešenju Ministarstva trgovine, turizma i telekomunikacija iz 2018. godine, pri raskidu pre isteka ugovorne obaveze operator može da naplati samo popust koji sam dobio/la, odnosno razliku između pune i povlašćene cene za mesece korišćenja, a ne sve preostale mesečne pretplate. Molim pisani obračun.",
                EARLY_TERMINATION,
              ),
              card(
                "endOfTerm",
                "„Ugovor možete da raskinete tek po isteku ugovorne obaveze.“",
                "Ugovor mogu da raskinem i pre isteka ugovorne obaveze; tada plaćam samo naknadu za raniji raskid, kako je gore navedeno.",
                EARLY_TERMINATION,
              ),
            ]),
      ...(priceNotice
        ? [
            card(
              "priceWindow",
              "„Ne možete da raskinete ugovor bez troškova.“",
              `Obaveštenje o izmeni cene, odnosno uslova ugovora primio/la sam ${formatSerbianDate(priceNotice)} Prema članu 131. Zakona o elektronskim komunikacijama, u roku od 30 dana od prijema tog obaveštenja ugovor mogu da raskinem bez troškova raskida.`,
              CHANGE_OF_TERMS_2023,
              { date: translate?.date(priceNotice) ?? "" },
            ),
          ]
        : []),
      card(
        "original",
        "„Potreban nam je originalni ugovor.“",
        "Ugovor je zaključen na moje ime i za ovaj broj, pa ga možete pronaći u svom sistemu prema mom identifikacionom dokumentu. Ako je original zaista neophodan, molim da mi to pisano potvrdite i da ipak primite ovaj zahtev.",
        ORIGINAL_CONTRACT,
      ),
      {
        ...card("offer", "„Imamo za Vas bolju ponudu ako ostanete.“", "Hvala, ne želim novu ponudu ni promenu tarife. Molim samo raskid ugovora.", null),
        note: line("Svaku ponudu možete da odbijete: došli ste radi raskida ugovora.", () => t!("shopSheet.cards.offer.note")),
      },
      card("stampedCopy", "Pre nego što odete:", "Molim Vas overenu kopiju mog zahteva, sa delovodnim brojem i datumom prijema.", KEEP_PROOF),
    ],
  };
}

// The sheet with its Serbian lines (and the facts' values, "pasoš", "pripejd") through `sr`,
// a converter from documents/script.ts; the person's lines and the facts' sources stay.
export function shopSheetInScript(sheet: ShopSheet, sr: (latin: string) => string): ShopSheet {
  const l = (line: SheetLine): SheetLine => ({ sr: sr(line.sr), tr: line.tr });
  const maybe = (line: SheetLine | null) => line && l(line);
  return {
    title: l(sheet.title),
    intro: l(sheet.intro),
    facts: sheet.facts.map((f) => ({ label: l(f.label), value: sr(f.value) })),
    request: sheet.request.map(l),
    ask: sheet.ask.map(l),
    cardsTitle: l(sheet.cardsTitle),
    cards: sheet.cards.map((c) => ({ when: l(c.when), answer: l(c.answer), fact: c.fact, source: maybe(c.source), note: maybe(c.note) })),
  };
}

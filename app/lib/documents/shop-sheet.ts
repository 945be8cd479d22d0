import { formatE164 } from "@/app/lib/phone";
import { formatSerbianDate } from "@/app/lib/dates";
import { operatorById } from "@/app/lib/playbook/operators";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import type { T } from "@/app/lib/i18n/translator";

// The shop sheet: one page in Serbian for the person to show at the operator's counter
// (who they are, which number, what they ask for, what to hand back), each line with its
// meaning in the person's language beneath (none when that language is Serbian). Pure
// text: the PDF lays it out.

export type SheetLine = { sr: string; tr: string | null };
export type ShopSheet = { title: SheetLine; intro: SheetLine; facts: { label: SheetLine; value: string }[]; request: SheetLine[]; ask: SheetLine[] };

const BLANK = "______________________";

// `translate` is null when the person reads Serbian (translatorFor, bilingual.ts): the
// sheet then has no second lines.
export function shopSheet(
  input: { answers: CaseAnswers; phoneE164: string; today: string },
  translate: { t: T; date: (iso: string) => string } | null,
): ShopSheet {
  const { answers } = input;
  const t = translate?.t;
  const line = (sr: string, tr: () => string): SheetLine => ({ sr, tr: t ? tr() : null });
  const operator = operatorById(answers.operator);
  const number = formatE164(input.phoneE164);
  const prepaid = answers.planType === "prepaid";
  const doc = answers.idDocument;
  const running = !prepaid && answers.contractEndDate !== null && answers.contractEndDate > input.today;

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
      line("• datum isključenja broja;", () => t!("shopSheet.askDate")),
      line("• iznos konačnog računa, ako ga ima.", () => t!("shopSheet.askBill")),
      line("Hvala.", () => t!("shopSheet.thanks")),
    ],
  };
}

import { formatE164 } from "@/app/lib/phone";
import { formatCalendarDate, formatSerbianDate } from "@/app/lib/dates";
import { operatorById } from "@/app/lib/playbook/operators";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import type { T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";
import { bilingual, translatorFor, type Bilingual } from "@/app/lib/documents/bilingual";

// The reply to a collection agency that claims a bill of a closed line: the claim is
// disputed, a complaint went to the operator, and until it is decided collection should
// stop and the claim's basis and amount be shown. It cites no article (none was read for
// agencies); what it asks for, a creditor can always be asked for.
export function collectionReply(input: { answers: CaseAnswers; phoneE164: string; operatorReference: string | null }, t: T, locale: Locale): Bilingual<string> {
  const number = formatE164(input.phoneE164);
  const closed = input.answers.closedOn!;
  const ref = input.operatorReference?.trim();
  const operator = operatorById(input.answers.operator);
  const creditor = operator.legalName || operator.name;
  const sr = [
    `Predmet: Osporavanje potraživanja za broj ${number}`,
    "Poštovani,",
    `Dobio/la sam Vaš dopis o potraživanju operatora ${creditor} za broj ${number}.`,
    `Taj broj je na moj zahtev isključen ${formatSerbianDate(closed)}${ref ? ` (broj predmeta: ${ref})` : ""}.`,
    "Potraživanje osporavam: odnosi se na račun izdat posle isključenja, na koji sam operatoru izjavio/la prigovor.",
    "Molim Vas da do okončanja postupka po prigovoru obustavite naplatu i da mi dostavite dokaz o osnovu i visini potraživanja (račun, period i obračun).",
    "Kopiju ovog dopisa dostavljam operatoru.",
    "S poštovanjem,",
  ].join("\n\n");
  const date = formatCalendarDate(closed, locale);
  return bilingual(sr, translatorFor(t, locale), (t) =>
    [
      t("bills.collectionSubject", { number }),
      t("followUp.greeting"),
      t("bills.collectionReceived", { operator: creditor, number }),
      ref ? t("bills.collectionClosedRef", { date, reference: ref }) : t("bills.collectionClosed", { date }),
      t("bills.collectionDisputed"),
      t("bills.collectionAsk"),
      t("bills.collectionCopy"),
      t("followUp.closing"),
    ].join("\n\n"),
  );
}

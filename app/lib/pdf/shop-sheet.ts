import { shopSheet, shopSheetInScript, type ShopSheet, type SheetLine } from "@/app/lib/documents/shop-sheet";
import { defaultScript, serbianIn, type SerbianScript } from "@/app/lib/documents/script";
import type { CaseDetail } from "@/app/lib/cases/queries";
import { formatCalendarDate } from "@/app/lib/dates";
import type { T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";
import { MUTED, createPdf } from "@/app/lib/pdf/document";
import { translatorFor } from "@/app/lib/documents/bilingual";

// The sheet for a case, with lines in the person's language unless that is Serbian, and its
// Serbian in `script` (the holder's name as typed).
export function caseShopSheet(c: CaseDetail, t: T, locale: Locale, today: string, script: SerbianScript = defaultScript(locale)): ShopSheet {
  const tr = translatorFor(t, locale);
  const translate = tr && { t: tr, date: (iso: string) => formatCalendarDate(iso, locale) };
  const sheet = shopSheet(
    {
      answers: c.answers,
      phoneE164: c.phoneE164,
      today,
      refundIban: c.stored.refundIban,
      operatorEquipment: c.stored.operatorEquipment,
      deviceInstalments: c.stored.deviceInstalments,
    },
    translate,
  );
  return script === "latn" ? sheet : shopSheetInScript(sheet, serbianIn(script, [c.answers.holderName]));
}

type Pdf = ReturnType<typeof createPdf>;

// The shop sheet on the current page of `pdf`: large Serbian text to show at the counter,
// each line's meaning small beneath it.
export function drawShopSheet(pdf: Pdf, sheet: ShopSheet, note: string | null) {
  const say = (l: SheetLine, size: number, bold = false, trSize = 9) => {
    pdf.paragraph(l.sr, { size, bold, gap: l.tr ? 0 : 0.4 });
    if (l.tr) pdf.paragraph(l.tr, { size: trSize, color: MUTED, gap: 0.5 });
  };
  if (note) pdf.paragraph(note, { size: 9, color: MUTED, gap: 1 });
  say(sheet.title, 18, true);
  pdf.doc.moveDown(0.3);
  say(sheet.intro, 13);
  pdf.doc.moveDown(0.4);
  for (const f of sheet.facts) {
    pdf.paragraph(`${f.label.sr}: ${f.value}`, { size: 13, gap: f.label.tr ? 0 : 0.3 });
    if (f.label.tr) pdf.paragraph(f.label.tr, { size: 9, color: MUTED, gap: 0.4 });
  }
  pdf.doc.moveDown(0.6);
  for (const l of sheet.request) say(l, 14, true);
  pdf.doc.moveDown(0.4);
  for (const l of sheet.ask) say(l, 13);
  // The objection cards, on a page of their own.
  pdf.doc.addPage();
  say(sheet.cardsTitle, 14, true);
  for (const c of sheet.cards) {
    say(c.when, 10, true, 8.5);
    say(c.answer, 10, false, 8.5);
    if (c.source) {
      pdf.paragraph(c.source.sr, { size: 7, color: MUTED, gap: c.source.tr ? 0 : 0.3 });
      if (c.source.tr) pdf.paragraph(c.source.tr, { size: 7, color: MUTED, gap: 0.3 });
    }
    if (c.note) say(c.note, 9.5, false, 8.5);
    pdf.doc.moveDown(0.1);
  }
}

export function renderShopSheetPdf(sheet: ShopSheet, note: string | null): Promise<Buffer> {
  const pdf = createPdf(sheet.title.sr);
  drawShopSheet(pdf, sheet, note);
  return pdf.end();
}

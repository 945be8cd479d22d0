import type { LetterText } from "@/app/lib/documents/letter";
import type { Bilingual } from "@/app/lib/documents/bilingual";
import { createPdf, writeBilingual } from "@/app/lib/pdf/document";

// The termination request, printable: the Serbian letter to sign on the first page, the
// translation for the person on the second (both would not fit one page legibly).
// A Serbian reader gets the first page alone.
export function renderLetterPdf(letter: Bilingual<LetterText>, note: string): Promise<Buffer> {
  const pdf = createPdf(letter.sr.title);
  const write = (t: LetterText) => {
    for (const line of t.sender) pdf.paragraph(line, { size: 11 });
    pdf.doc.moveDown(1);
    for (const line of t.recipient) pdf.paragraph(line, { size: 11 });
    pdf.doc.moveDown(1);
    pdf.paragraph(t.placeAndDate, { size: 11, gap: 1 });
    pdf.paragraph(t.title, { size: 15, bold: true, gap: 0.3 });
    pdf.paragraph(t.subject, { size: 11, bold: true, gap: 1 });
    for (const p of t.body) pdf.paragraph(p, { size: 11, gap: 0.6 });
    pdf.doc.moveDown(0.4);
    for (const line of t.fillIn) pdf.paragraph(line, { size: 11, gap: 0.6 });
    pdf.doc.moveDown(1);
    pdf.paragraph(t.closing, { size: 11, gap: 2 });
    pdf.paragraph(t.signature, { size: 11 });
  };
  writeBilingual(pdf, letter, note, write);
  return pdf.end();
}

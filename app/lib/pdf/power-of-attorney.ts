import type { PoaText } from "@/app/lib/documents/power-of-attorney";
import type { Bilingual } from "@/app/lib/documents/bilingual";
import { createPdf, writeBilingual } from "@/app/lib/pdf/document";

// The power of attorney: the Serbian text to sign before a notary or a competent authority on
// the first page, its meaning in the person's language on the second.
export function renderPoaPdf(poa: Bilingual<PoaText>, note: string): Promise<Buffer> {
  const pdf = createPdf(poa.sr.title);
  const write = (p: PoaText) => {
    pdf.paragraph(p.title, { size: 16, bold: true, gap: 1.2 });
    for (const line of p.paragraphs) pdf.paragraph(line, { size: 11, gap: 0.9 });
    pdf.doc.moveDown(1.5);
    for (const line of p.signature) pdf.paragraph(line, { size: 11, gap: 1 });
  };
  writeBilingual(pdf, poa, note, write);
  return pdf.end();
}

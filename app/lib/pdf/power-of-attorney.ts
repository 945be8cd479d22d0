import type { PoaText } from "../playbook/power-of-attorney";
import { MUTED, createPdf } from "./document";

// The power of attorney: the Serbian text to sign before a notary on the first page, its
// meaning in the person's language on the second.
export function renderPoaPdf(poa: { sr: PoaText; translation: PoaText | null }, note: string): Promise<Buffer> {
  const pdf = createPdf(poa.sr.title);
  const write = (p: PoaText) => {
    pdf.paragraph(p.title, { size: 16, bold: true, gap: 1.2 });
    for (const line of p.paragraphs) pdf.paragraph(line, { size: 11, gap: 0.9 });
    pdf.doc.moveDown(1.5);
    for (const line of p.signature) pdf.paragraph(line, { size: 11, gap: 1 });
  };
  write(poa.sr);
  if (poa.translation) {
    pdf.doc.addPage();
    pdf.paragraph(note, { size: 9, color: MUTED, gap: 1 });
    write(poa.translation);
  }
  return pdf.end();
}

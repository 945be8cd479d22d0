import PDFDocument from "pdfkit";
import { pdfFonts } from "@/app/lib/pdf/fonts";
import type { Bilingual } from "@/app/lib/documents/bilingual";

export const MARGIN = 50;
export const INK = "#0f172a";
export const MUTED = "#475569";
export const BRAND = "#1e40af";
export const GREEN = "#15803d";

// Chinese, Japanese and Korean characters, and their punctuation and full-width forms.
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

// Splits text into runs that one font can draw: CJK runs and the rest. pdfkit has no font
// fallback of its own, and no single font on npm covers Serbian Latin, Cyrillic and
// Chinese at a sane size.
export function scriptRuns(text: string): { text: string; cjk: boolean }[] {
  const runs: { text: string; cjk: boolean }[] = [];
  for (const ch of text) {
    const cjk = CJK.test(ch);
    const last = runs.at(-1);
    // Spaces and digits stay in the current run so runs do not split at every gap.
    if (last && (last.cjk === cjk || /[\s\d]/.test(ch))) last.text += ch;
    else runs.push({ text: ch, cjk });
  }
  return runs;
}

type TextOptions = { size?: number; color?: string; bold?: boolean; gap?: number; x?: number; width?: number };

// A pdfkit A4 document with Odjava's fonts registered, collected into a Buffer, plus the
// few text helpers both PDFs use.
export function createPdf(title: string) {
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    // pdfkit takes a parsed fontkit font where its types say a path or a buffer.
    font: fonts.regular as unknown as string,
    info: { Title: title, Creator: "Odjava" },
  });
  for (const [name, font] of Object.entries(fonts)) doc.registerFont(name, font as unknown as Buffer);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  // Writes one paragraph, switching fonts between scripts within it.
  function write(text: string, o: TextOptions & { continued?: boolean } = {}) {
    const runs = scriptRuns(text);
    if (runs.length === 0) runs.push({ text: "", cjk: false });
    doc.fontSize(o.size ?? 10).fillColor(o.color ?? INK);
    runs.forEach((run, i) => {
      doc.font(run.cjk ? (o.bold ? "cjkBold" : "cjk") : o.bold ? "bold" : "regular");
      const continued = i < runs.length - 1 || !!o.continued;
      if (i === 0) doc.text(run.text, o.x ?? MARGIN, doc.y, { width: o.width ?? width, continued });
      else doc.text(run.text, { continued });
    });
  }

  return {
    doc,
    width,
    write,
    heading(text: string, size = 14) {
      doc.moveDown(0.8);
      write(text, { size, bold: true });
      doc.moveDown(0.3);
    },
    field(label: string, value: string) {
      write(`${label}: `, { bold: true, color: MUTED, continued: true });
      const runs = scriptRuns(value || " ");
      runs.forEach((run, i) => {
        doc
          .font(run.cjk ? "cjk" : "regular")
          .fillColor(INK)
          .text(run.text, { continued: i < runs.length - 1 });
      });
    },
    paragraph(text: string, options: TextOptions = {}) {
      write(text, options);
      if (options.gap) doc.moveDown(options.gap);
    },
    ensureSpace(points: number) {
      if (doc.y > doc.page.height - MARGIN - points) doc.addPage();
    },
    end(): Promise<Buffer> {
      doc.end();
      return finished;
    },
  };
}

// A document Odjava writes for the operator: the Serbian text on the first page; the
// translation, when there is one, on the next, under a note that says what it is.
export function writeBilingual<D>(pdf: ReturnType<typeof createPdf>, document: Bilingual<D>, note: string, write: (text: D) => void): void {
  write(document.sr);
  if (!document.translation) return;
  pdf.doc.addPage();
  pdf.paragraph(note, { size: 9, color: MUTED, gap: 1 });
  write(document.translation);
}

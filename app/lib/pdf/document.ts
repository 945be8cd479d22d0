import PDFDocument from "pdfkit";
import { pdfFonts } from "./fonts";

export const MARGIN = 50;
export const INK = "#0f172a";
export const MUTED = "#475569";
export const BRAND = "#1e40af";

// A pdfkit A4 document with Odjava's fonts registered, collected into a Buffer, plus the
// few text helpers both PDFs use.
export function createPdf(title: string) {
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    font: fonts.regular as unknown as string,
    info: { Title: title, Creator: "Odjava" },
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  return {
    doc,
    width,
    heading(text: string, size = 14) {
      doc.moveDown(0.8).font("bold").fontSize(size).fillColor(INK).text(text, MARGIN, doc.y, { width });
      doc.moveDown(0.3);
    },
    field(label: string, value: string) {
      doc.font("bold").fontSize(10).fillColor(MUTED).text(`${label}: `, MARGIN, doc.y, { continued: true, width });
      doc.font("regular").fillColor(INK).text(value);
    },
    paragraph(text: string, options: { size?: number; color?: string; bold?: boolean; gap?: number } = {}) {
      doc
        .font(options.bold ? "bold" : "regular")
        .fontSize(options.size ?? 10)
        .fillColor(options.color ?? INK)
        .text(text, MARGIN, doc.y, { width });
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

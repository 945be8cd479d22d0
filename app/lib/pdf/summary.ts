import PDFDocument from "pdfkit";
import { pdfFonts } from "./fonts";
import type { CaseDetail } from "../cases/data";
import { operatorName } from "../playbook/operators";
import { formatE164 } from "../phone";
import { formatCalendarDate, formatDateTime } from "../dates";
import { describeEvent } from "../cases/events";

const MARGIN = 50;
const INK = "#0f172a";
const MUTED = "#475569";
const BRAND = "#1e40af";

// The case summary as a PDF, made on the server by pdfkit. Text stays text (extractable,
// searchable); only the tick boxes are drawn.
export function renderSummaryPdf(c: CaseDetail, now = new Date()): Promise<Buffer> {
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    font: fonts.regular as unknown as string,
    info: { Title: `Odjava case summary: ${operatorName(c.operator)} ${formatE164(c.phoneE164)}`, Creator: "Odjava" },
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string, size = 14) => {
    doc.moveDown(0.8).font("bold").fontSize(size).fillColor(INK).text(text, { width });
    doc.moveDown(0.3);
  };
  const field = (label: string, value: string) => {
    doc.font("bold").fontSize(10).fillColor(MUTED).text(`${label}: `, { continued: true });
    doc.font("regular").fillColor(INK).text(value);
  };

  doc.font("bold").fontSize(20).fillColor(BRAND).text("Odjava: case summary");
  doc.font("regular").fontSize(9).fillColor(MUTED).text(`Made on ${formatDateTime(now)} (Belgrade time)`);

  heading("The SIM");
  field("Operator", operatorName(c.operator));
  field("Phone number", formatE164(c.phoneE164));
  field("Plan type", c.planType === "prepaid" ? "Prepaid" : "Postpaid");
  field("Contract end date", c.contractEndDate ? formatCalendarDate(c.contractEndDate) : "Not given");
  field("Progress", `${c.progress.done} of ${c.progress.total} done`);

  heading("Steps and checklist");
  c.progress.steps.forEach((step, index) => {
    doc.moveDown(0.4).font("bold").fontSize(12).fillColor(INK).text(`${index + 1}. ${step.title} (${step.done} of ${step.total})`);
    for (const item of c.items.filter((i) => i.step === step.id)) {
      if (doc.y > doc.page.height - MARGIN - 40) doc.addPage();
      const y = doc.y + 2;
      doc.lineWidth(1).strokeColor(MUTED).rect(MARGIN + 4, y, 9, 9).stroke();
      if (item.done) doc.lineWidth(1.6).strokeColor(BRAND).moveTo(MARGIN + 5.5, y + 4.5).lineTo(MARGIN + 8, y + 7.5).lineTo(MARGIN + 12, y + 1.5).stroke();
      const state = item.done ? `Done${item.doneAt ? ` on ${formatDateTime(item.doneAt)}` : ""}` : "Not done";
      doc.font("regular").fontSize(10).fillColor(INK).text(item.label, MARGIN + 20, doc.y, { width: width - 20 });
      doc.fontSize(8.5).fillColor(item.done ? "#15803d" : MUTED).text(state, MARGIN + 20, doc.y, { width: width - 20 });
      doc.x = MARGIN;
      doc.moveDown(0.25);
    }
  });

  heading("Timeline");
  for (const e of c.events) {
    doc.font("regular").fontSize(10).fillColor(INK).text(`${formatDateTime(e.createdAt)}  ${describeEvent(e)}`, MARGIN, doc.y, { width });
  }

  doc.end();
  return done;
}

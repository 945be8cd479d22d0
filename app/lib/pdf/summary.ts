import type { CaseDetail } from "../cases/data";
import type { Fact } from "../playbook/facts";
import { operatorById, type PhoneNumber } from "../playbook/operators";
import { followUp } from "../playbook/deadline";
import { formatE164 } from "../phone";
import { formatCalendarDate, formatDateTime } from "../dates";
import { todayInBelgrade } from "../calendar";
import { describeEvent } from "../cases/events";
import { BRAND, MARGIN, MUTED, createPdf } from "./document";

function factLine<T>(fact: Fact<T>, show: (v: T) => string): string {
  if (fact.status === "unverified") return "Not verified: confirm with the operator.";
  const source = `(source: ${fact.source.url}, checked ${fact.source.checked}${fact.status === "secondary" ? "; confirm with the operator" : ""})`;
  return `${show(fact.value)} ${source}`;
}

// The case summary as a PDF, made on the server by pdfkit. Text stays text (extractable,
// searchable); only the tick boxes are drawn.
export function renderSummaryPdf(c: CaseDetail, now = new Date()): Promise<Buffer> {
  const f = c.facts;
  const operator = operatorById(f.operator);
  const pdf = createPdf(`Odjava case summary: ${operator.name} ${formatE164(c.phoneE164)}`);
  const { doc } = pdf;

  pdf.paragraph("Odjava: case summary", { size: 20, color: BRAND, bold: true });
  pdf.paragraph(`Made on ${formatDateTime(now)} (Belgrade time)`, { size: 9, color: MUTED });

  pdf.heading("The SIM");
  pdf.field("Operator", operator.name);
  pdf.field("Phone number", formatE164(c.phoneE164));
  pdf.field("Plan type", f.planType === "prepaid" ? "Prepaid" : "Postpaid");
  pdf.field("Contract end date", f.contractEndDate ? formatCalendarDate(f.contractEndDate) : "Not given");
  pdf.field("Progress", `${c.progress.done} of ${c.progress.total} done`);
  if (f.submittedOn) {
    pdf.field("Submitted", `${formatCalendarDate(f.submittedOn)}${c.operatorReference ? `, reference ${c.operatorReference}` : ""}`);
    if (!f.answerOn) {
      const due = followUp(f.submittedOn, todayInBelgrade(now));
      pdf.field("Follow up on", `${formatCalendarDate(due.due)} (${due.businessDays} Serbian business days after submitting)`);
    }
  }
  if (f.answerOn) pdf.field("Operator answered", formatCalendarDate(f.answerOn));
  if (f.closedOn) pdf.field("Line closed", formatCalendarDate(f.closedOn));

  pdf.heading(`${operator.name}: contacts`);
  const phone = (p: PhoneNumber) => p.display;
  pdf.field("Customer service", factLine(operator.customerService, phone));
  pdf.field("From abroad", factLine(operator.fromAbroad, phone));
  pdf.field("E-mail", factLine(operator.email, String));
  pdf.field("Postal address", factLine(operator.postalAddress, String));

  pdf.heading("Steps and checklist");
  c.progress.steps.forEach((step, index) => {
    pdf.ensureSpace(60);
    doc.moveDown(0.4);
    pdf.paragraph(`${index + 1}. ${step.title} (${step.done} of ${step.total})`, { size: 12, bold: true });
    for (const item of c.items.filter((i) => i.step === step.id)) {
      pdf.ensureSpace(40);
      const y = doc.y + 2;
      doc.lineWidth(1).strokeColor(MUTED).rect(MARGIN + 4, y, 9, 9).stroke();
      if (item.done) {
        doc.lineWidth(1.6).strokeColor(BRAND).moveTo(MARGIN + 5.5, y + 4.5).lineTo(MARGIN + 8, y + 7.5).lineTo(MARGIN + 12, y + 1.5).stroke();
      }
      const state = item.done ? `Done${item.doneAt ? ` on ${formatDateTime(item.doneAt)}` : ""}` : "Not done";
      doc.font("regular").fontSize(10).fillColor("#0f172a").text(item.label, MARGIN + 20, doc.y, { width: pdf.width - 20 });
      doc.fontSize(8.5).fillColor(item.done ? "#15803d" : MUTED).text(state, MARGIN + 20, doc.y, { width: pdf.width - 20 });
      doc.moveDown(0.25);
    }
  });

  pdf.heading("Timeline");
  for (const e of c.events) {
    pdf.ensureSpace(20);
    pdf.paragraph(`${formatDateTime(e.createdAt)}  ${describeEvent(e)}`);
  }
  return pdf.end();
}

import type { CaseDetail } from "@/app/lib/cases/queries";
import type { Fact } from "@/app/lib/playbook/facts";
import { operatorById, type PhoneNumber } from "@/app/lib/playbook/operators";
import { followUp } from "@/app/lib/playbook/deadline";
import { formatE164 } from "@/app/lib/phone";
import { formatCalendarDate, formatDateTime } from "@/app/lib/dates";
import { formatFileSize } from "@/app/lib/file-size";
import type { EvidenceView } from "@/app/lib/evidence/data";
import { describeEvent, itemLabel, operatorLabel, stepTitle, text } from "@/app/lib/labels";
import type { T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";
import { BRAND, GREEN, MARGIN, MUTED, createPdf } from "@/app/lib/pdf/document";
import { caseShopSheet, drawShopSheet } from "@/app/lib/pdf/shop-sheet";
import { writesTermination } from "@/app/lib/playbook/checklist";

// The case summary as a PDF in the person's language, made on the server by pdfkit. Text
// stays text (extractable, searchable); only the tick boxes are drawn.
export function renderSummaryPdf(c: CaseDetail, t: T, locale: Locale, now: Date, today: string, files: EvidenceView[] = []): Promise<Buffer> {
  const f = c.answers;
  const operator = operatorById(f.operator);
  const name = operatorLabel(t, f.operator);
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const factLine = <V>(fact: Fact<V>, show: (v: V) => string): string => {
    if (fact.status === "unverified") return t("pdf.notVerified");
    const values = { url: [fact.source.url, ...(fact.source.also ?? [])].join(" ; "), date: fact.source.checked };
    const note = fact.source.note ? ` ${text(t, fact.source.note, locale)}` : "";
    return `${show(fact.value)} ${fact.status === "secondary" ? t("pdf.sourceNoteSecondary", values) : t("pdf.sourceNote", values)}${note}`;
  };
  const phone = (p: PhoneNumber) => (p.free ? `${p.display} (${t("facts.free")})` : p.display);

  const pdf = createPdf(`${t("pdf.title")}: ${name} ${formatE164(c.phoneE164)}`);
  const { doc } = pdf;
  pdf.paragraph(t("pdf.title"), { size: 20, color: BRAND, bold: true });
  pdf.paragraph(t("pdf.madeOn", { date: formatDateTime(now, locale) }), { size: 9, color: MUTED });

  pdf.heading(t("pdf.sim"));
  pdf.field(t("pdf.operator"), name);
  pdf.field(t("pdf.phone"), formatE164(c.phoneE164));
  pdf.field(t("pdf.planType"), f.planType === "prepaid" ? t("common.prepaid") : t("common.postpaid"));
  pdf.field(t("pdf.contractEnd"), f.contractEndDate ? date(f.contractEndDate) : t("common.notGiven"));
  pdf.field(t("pdf.progress"), t("common.doneOfTotal", { done: c.progress.done, total: c.progress.total }));
  if (f.submittedOn) {
    pdf.field(
      t("pdf.submitted"),
      c.stored.operatorReference ? t("pdf.submittedRef", { date: date(f.submittedOn), reference: c.stored.operatorReference }) : date(f.submittedOn),
    );
    if (!f.answerOn) {
      const due = followUp(f.submittedOn, today);
      pdf.field(t("pdf.followUpOn"), t("pdf.followUpValue", { date: date(due.due), days: due.businessDays }));
    }
  }
  if (f.answerOn) pdf.field(t("pdf.answered"), date(f.answerOn));
  if (f.closedOn) pdf.field(t("pdf.closed"), date(f.closedOn));

  pdf.heading(t("pdf.contacts", { operator: name }));
  pdf.field(t("pdf.customerService"), factLine(operator.customerService, phone));
  pdf.field(t("pdf.fromAbroad"), factLine(operator.fromAbroad, phone));
  pdf.field(t("pdf.email"), factLine(operator.email, String));
  pdf.field(t("pdf.postalAddress"), factLine(operator.postalAddress, String));

  pdf.heading(t("pdf.stepsHeading"));
  c.progress.steps.forEach((step, index) => {
    pdf.ensureSpace(60);
    doc.moveDown(0.4);
    pdf.paragraph(t("pdf.stepLine", { index: index + 1, title: stepTitle(t, step.id), done: step.done, total: step.total }), { size: 12, bold: true });
    for (const item of c.items.filter((i) => i.step === step.id)) {
      pdf.ensureSpace(40);
      const y = doc.y + 2;
      doc
        .lineWidth(1)
        .strokeColor(MUTED)
        .rect(MARGIN + 4, y, 9, 9)
        .stroke();
      if (item.done) {
        doc
          .lineWidth(1.6)
          .strokeColor(BRAND)
          .moveTo(MARGIN + 5.5, y + 4.5)
          .lineTo(MARGIN + 8, y + 7.5)
          .lineTo(MARGIN + 12, y + 1.5)
          .stroke();
      }
      const state = item.done ? (item.doneAt ? t("pdf.doneOn", { date: formatDateTime(item.doneAt, locale) }) : t("pdf.done")) : t("pdf.notDone");
      pdf.write(itemLabel(t, item, f), { x: MARGIN + 20, width: pdf.width - 20 });
      pdf.write(state, { x: MARGIN + 20, width: pdf.width - 20, size: 8.5, color: item.done ? GREEN : MUTED });
      doc.moveDown(0.25);
    }
  });

  // What is attached, with each file's fingerprint: the record of which photo was kept.
  if (files.length > 0) {
    pdf.heading(t("pdf.filesHeading"));
    pdf.paragraph(t("pdf.filesNote"), { size: 9, color: MUTED });
    for (const file of files) {
      pdf.ensureSpace(40);
      const kind = file.type === "application/pdf" ? t("evidence.files.kindPdf") : t("evidence.files.kindPhoto");
      pdf.paragraph(t("pdf.fileLine", { name: file.name, kind, size: formatFileSize(file.size, locale), date: formatDateTime(file.createdAt, locale) }));
      pdf.paragraph(t("pdf.fileHash", { hash: file.sha256 }), { size: 8, color: MUTED });
    }
  }

  pdf.heading(t("pdf.timeline"));
  for (const e of c.events) {
    pdf.ensureSpace(20);
    pdf.paragraph(`${formatDateTime(e.createdAt, locale)}  ${describeEvent(t, locale, e)}`);
  }

  // The last page: the shop sheet, to print with the summary or show on the phone; none
  // for a number being ported (the sheet asks for a termination).
  if (writesTermination(c.answers)) {
    doc.addPage();
    drawShopSheet(pdf, caseShopSheet(c, t, locale, today), t("shopSheet.forYou"));
  }
  return pdf.end();
}

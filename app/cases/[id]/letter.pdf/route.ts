import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse } from "@/app/lib/wrappers/route-handler";
import { letterText } from "@/app/lib/documents/letter";
import { renderLetterPdf } from "@/app/lib/pdf/letter";
import { formatCalendarDate } from "@/app/lib/dates";

export const GET = caseRoute("letter.pdf", async ({ c, t, locale, today }) => {
  const date = c.answers.submittedOn ?? today;
  const letter = letterText(
    {
      answers: c.answers,
      phoneE164: c.phoneE164,
      holderName: c.answers.holderName,
      letterPlace: c.stored.letterPlace,
      reason: c.stored.reason,
      refundIban: c.stored.refundIban,
      operatorEquipment: c.stored.operatorEquipment,
      date,
    },
    t,
    locale,
    formatCalendarDate(date, locale),
  );
  return fileResponse(await renderLetterPdf(letter, t("pdf.letterNote")), "application/pdf", `zahtev-za-raskid-${c.id}.pdf`);
});

import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse, notFoundResponse } from "@/app/lib/wrappers/route-handler";
import { writesTermination } from "@/app/lib/playbook/checklist";
import { letterText } from "@/app/lib/documents/letter";
import { renderLetterPdf } from "@/app/lib/pdf/letter";
import { formatCalendarDate } from "@/app/lib/dates";

// A termination would switch off a number being ported: that case has no letter.
export const GET = caseRoute("letter.pdf", async ({ c, t, locale, today }) => {
  if (!writesTermination(c.answers)) return notFoundResponse();
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
      deviceInstalments: c.stored.deviceInstalments,
      date,
    },
    t,
    locale,
    formatCalendarDate(date, locale),
  );
  return fileResponse(await renderLetterPdf(letter, t("pdf.letterNote")), "application/pdf", `zahtev-za-raskid-${c.id}.pdf`);
});

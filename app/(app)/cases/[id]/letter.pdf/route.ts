import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse, notFoundResponse } from "@/app/lib/wrappers/route-handler";
import { writesTermination } from "@/app/lib/playbook/checklist";
import { letterText } from "@/app/lib/documents/letter";
import { renderLetterPdf } from "@/app/lib/pdf/letter";
import { formatCalendarDate } from "@/app/lib/dates";
import { inScript, scriptFrom } from "@/app/lib/documents/script";

// A termination would switch off a number being ported: that case has no letter. The
// Serbian text in the script the link asks for (`?script=cyrl|latn`, documents/script.ts).
export const GET = caseRoute("letter.pdf", async ({ request, c, t, locale, today }) => {
  if (!writesTermination(c.answers)) return notFoundResponse();
  const date = c.answers.submittedOn ?? today;
  const letter = inScript(
    letterText(
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
    ),
    scriptFrom(request.url, locale),
    // What the person typed stays as typed: a name, an address abroad.
    [c.answers.holderName, c.answers.foreignAddress ?? null],
  );
  return fileResponse(await renderLetterPdf(letter, t("pdf.letterNote")), "application/pdf", `zahtev-za-raskid-${c.id}.pdf`);
});

import { caseForRoute, fileResponse } from "../../../lib/cases/route-access";
import { letterText } from "../../../lib/playbook/letter";
import { renderLetterPdf } from "../../../lib/pdf/letter";
import { todayInBelgrade } from "../../../lib/calendar";
import { formatCalendarDate } from "../../../lib/dates";
import { getLocale, getT } from "../../../lib/i18n/server";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await caseForRoute(request, id, "letter.pdf");
  if (c instanceof Response) return c;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const date = c.facts.submittedOn ?? todayInBelgrade();
  const letter = letterText(
    { facts: c.facts, phoneE164: c.phoneE164, holderName: c.facts.holderName, letterPlace: c.letterPlace, reason: c.reason, date },
    t,
    formatCalendarDate(date, locale),
  );
  return fileResponse(await renderLetterPdf(letter, t("pdf.letterNote")), "application/pdf", `zahtev-za-raskid-${c.id}.pdf`);
}

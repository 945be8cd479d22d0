import { caseForRoute, fileResponse } from "../../../lib/cases/route-access";
import { letterText } from "../../../lib/playbook/letter";
import { renderLetterPdf } from "../../../lib/pdf/letter";
import { todayInBelgrade } from "../../../lib/calendar";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await caseForRoute(request, id, "letter.pdf");
  if (c instanceof Response) return c;
  const letter = letterText({
    facts: c.facts,
    phoneE164: c.phoneE164,
    holderName: c.facts.holderName,
    letterPlace: c.letterPlace,
    reason: c.reason,
    date: c.facts.submittedOn ?? todayInBelgrade(),
  });
  return fileResponse(await renderLetterPdf(letter), "application/pdf", `zahtev-za-raskid-${c.id}.pdf`);
}

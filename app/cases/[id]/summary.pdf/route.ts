import { ownCaseForRoute, fileResponse } from "../../../lib/cases/route-access";
import { renderSummaryPdf } from "../../../lib/pdf/summary";
import { getLocale, getT } from "../../../lib/i18n/server";
import { listEvidence } from "../../../lib/evidence/data";

// GET only, changes nothing.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await ownCaseForRoute(request, id, "summary.pdf");
  if (found instanceof Response) return found;
  const { user, c } = found;
  const [t, locale, files] = await Promise.all([getT(), getLocale(), listEvidence(user.id, c.id)]);
  return fileResponse(await renderSummaryPdf(c, t, locale, new Date(), files), "application/pdf", `odjava-case-${c.id}.pdf`);
}

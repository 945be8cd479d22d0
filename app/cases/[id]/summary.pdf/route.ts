import { caseForRoute, fileResponse } from "../../../lib/cases/route-access";
import { renderSummaryPdf } from "../../../lib/pdf/summary";
import { getLocale, getT } from "../../../lib/i18n/server";

// GET only, changes nothing.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await caseForRoute(request, id, "summary.pdf");
  if (c instanceof Response) return c;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return fileResponse(await renderSummaryPdf(c, t, locale), "application/pdf", `odjava-case-${c.id}.pdf`);
}

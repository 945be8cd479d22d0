import { caseForRoute, fileResponse } from "../../../lib/cases/route-access";
import { renderSummaryPdf } from "../../../lib/pdf/summary";

// GET only, changes nothing.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await caseForRoute(request, id, "summary.pdf");
  if (c instanceof Response) return c;
  return fileResponse(await renderSummaryPdf(c), "application/pdf", `odjava-case-${c.id}.pdf`);
}

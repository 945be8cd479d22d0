import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse } from "@/app/lib/wrappers/route-handler";
import { renderSummaryPdf } from "@/app/lib/pdf/summary";
import { listEvidence } from "@/app/lib/evidence/data";

// GET only, changes nothing.
export const GET = caseRoute("summary.pdf", async ({ user, c, t, locale, now, today }) => {
  const files = await listEvidence(user.id, c.id);
  return fileResponse(await renderSummaryPdf(c, t, locale, now, today, files), "application/pdf", `odjava-case-${c.id}.pdf`);
});

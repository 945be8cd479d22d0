import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse } from "@/app/lib/wrappers/route-handler";
import { powerOfAttorney } from "@/app/lib/documents/power-of-attorney";
import { renderPoaPdf } from "@/app/lib/pdf/power-of-attorney";

// The power-of-attorney template for a representative in Serbia. GET only, changes nothing.
export const GET = caseRoute("power-of-attorney.pdf", async ({ c, t, locale }) => {
  const poa = powerOfAttorney({ answers: c.answers, phoneE164: c.phoneE164 }, t, locale);
  return fileResponse(await renderPoaPdf(poa, t("poa.note")), "application/pdf", `punomocje-${c.id}.pdf`);
});

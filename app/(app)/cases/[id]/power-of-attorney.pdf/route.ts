import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse } from "@/app/lib/wrappers/route-handler";
import { powerOfAttorney } from "@/app/lib/documents/power-of-attorney";
import { renderPoaPdf } from "@/app/lib/pdf/power-of-attorney";
import { inScript, scriptFrom } from "@/app/lib/documents/script";

// The power-of-attorney template for a representative in Serbia. GET only, changes nothing.
export const GET = caseRoute("power-of-attorney.pdf", async ({ request, c, t, locale }) => {
  const poa = inScript(powerOfAttorney({ answers: c.answers, phoneE164: c.phoneE164 }, t, locale), scriptFrom(request.url, locale), [
    c.answers.holderName,
    c.answers.foreignAddress ?? null,
  ]);
  return fileResponse(await renderPoaPdf(poa, t("poa.note")), "application/pdf", `punomocje-${c.id}.pdf`);
});

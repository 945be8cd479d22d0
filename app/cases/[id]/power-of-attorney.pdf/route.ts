import { caseForRoute, fileResponse } from "../../../lib/cases/route-access";
import { powerOfAttorney } from "../../../lib/playbook/power-of-attorney";
import { renderPoaPdf } from "../../../lib/pdf/power-of-attorney";
import { getLocale, getT } from "../../../lib/i18n/server";

// The power-of-attorney template for a representative in Serbia. GET only, changes nothing.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await caseForRoute(request, id, "power-of-attorney.pdf");
  if (c instanceof Response) return c;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const poa = powerOfAttorney({ facts: c.facts, phoneE164: c.phoneE164 }, t);
  // In Serbian the first page says it all: no second page.
  const pages = { sr: poa.sr, translation: locale === "sr-Latn" ? null : poa.translation };
  return fileResponse(await renderPoaPdf(pages, t("poa.note")), "application/pdf", `punomocje-${c.id}.pdf`);
}

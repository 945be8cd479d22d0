import { caseForRoute, fileResponse } from "../../../lib/cases/route-access";
import { caseShopSheet, renderShopSheetPdf } from "../../../lib/pdf/shop-sheet";
import { todayInBelgrade } from "../../../lib/calendar";
import { getLocale, getT } from "../../../lib/i18n/server";

// The shop sheet alone: one page in Serbian to show at the counter. GET only, changes nothing.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await caseForRoute(request, id, "shop-sheet.pdf");
  if (c instanceof Response) return c;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const sheet = caseShopSheet(c, t, locale, todayInBelgrade());
  return fileResponse(await renderShopSheetPdf(sheet, locale === "sr-Latn" ? null : t("shopSheet.forYou")), "application/pdf", `odjava-salter-${c.id}.pdf`);
}

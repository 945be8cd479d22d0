import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse } from "@/app/lib/wrappers/route-handler";
import { caseShopSheet, renderShopSheetPdf } from "@/app/lib/pdf/shop-sheet";
import { translatorFor } from "@/app/lib/documents/bilingual";

// The shop sheet alone: one page in Serbian to show at the counter. GET only, changes nothing.
export const GET = caseRoute("shop-sheet.pdf", async ({ c, t, locale, today }) => {
  const sheet = caseShopSheet(c, t, locale, today);
  const note = translatorFor(t, locale) ? t("shopSheet.forYou") : null;
  return fileResponse(await renderShopSheetPdf(sheet, note), "application/pdf", `odjava-salter-${c.id}.pdf`);
});

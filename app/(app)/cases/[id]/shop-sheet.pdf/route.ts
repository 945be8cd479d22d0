import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse, notFoundResponse } from "@/app/lib/wrappers/route-handler";
import { writesTermination } from "@/app/lib/playbook/checklist";
import { caseShopSheet, renderShopSheetPdf } from "@/app/lib/pdf/shop-sheet";
import { translatorFor } from "@/app/lib/documents/bilingual";
import { scriptFrom } from "@/app/lib/documents/script";

// The shop sheet alone: one page in Serbian to show at the counter. GET only, changes nothing.
// None for a number being ported: the sheet asks for a termination.
export const GET = caseRoute("shop-sheet.pdf", async ({ request, c, t, locale, today }) => {
  if (!writesTermination(c.answers)) return notFoundResponse();
  const sheet = caseShopSheet(c, t, locale, today, scriptFrom(request.url, locale));
  const note = translatorFor(t, locale) ? t("shopSheet.forYou") : null;
  return fileResponse(await renderShopSheetPdf(sheet, note), "application/pdf", `odjava-salter-${c.id}.pdf`);
});

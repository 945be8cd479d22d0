import { test, expect } from "@/tests/support/fixtures";
import { choose, createCase, pdfText, saveForm, pdfTextAt } from "@/tests/support/ui";
import { translator } from "@/app/lib/i18n/translator";

test("the shop sheet: one Serbian page for the counter and a page of objection cards, with the person's language beneath, alone and in the summary", async ({
  person,
}) => {
  // A person of its own: it switches the account's language.
  const { page } = person;
  const caseUrl = await createCase(page, { operator: "mts", phone: "064 765 4321", plan: "Postpaid", endDate: "2099-06-30" });
  await page.goto(`${caseUrl}/contact`);
  await choose(page, "Channel", "In a shop, in person");
  await saveForm(page, "Save choice");

  await page.goto(`${caseUrl}/submit`);
  const link = page.getByRole("link", { name: "Shop sheet (PDF, Serbian)" });
  await expect(link).toHaveAttribute("href", `${caseUrl}/shop-sheet.pdf`);
  const en = await pdfTextAt(page.request, `${caseUrl}/shop-sheet.pdf`);
  for (const s of [
    "Zahtev za raskid ugovora i isključenje broja",
    "Broj telefona: +381 64 7654321",
    "Telekom Srbija a.d. Beograd (mts)",
    "Molim raskid pretplatničkog ugovora za broj +381 64 7654321",
    "Ugovorna obaveza traje do 30.06.2099.",
    "Please end the subscription contract for the number +381 64 7654321",
    "a written confirmation that the contract is ended, and the date the number is disconnected",
    "the final statement, or a confirmation that nothing is owed",
    "Ako Vam na šalteru kažu…",
    "You may decline any offer",
  ]) {
    expect(en, s).toContain(s);
  }

  // In Chinese the lines beneath are Chinese; the summary PDF ends with the same sheet.
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  const zh = translator("zh-Hans");
  const chinese = pdfText(await (await page.request.get(`${caseUrl}/shop-sheet.pdf`)).body());
  expect(chinese).toContain("Molim raskid pretplatničkog ugovora");
  expect(chinese).toContain(zh("shopSheet.requestPostpaid", { number: "+381 64 7654321" }));
  const summary = pdfText(await (await page.request.get(`${caseUrl}/summary.pdf`)).body());
  // Its last two pages: the request, then the objection cards.
  const [sheetPage, cardsPage] = summary
    .split("\f")
    .filter((p) => p.trim())
    .slice(-2);
  expect(sheetPage).toContain("Zahtev za raskid ugovora i isključenje broja");
  expect(sheetPage).toContain(zh("shopSheet.forYou"));
  expect(cardsPage).toContain("Ako Vam na šalteru kažu…");

  // In Serbian the sheet has no second lines.
  await page.getByRole("button", { name: "Srpski" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Latn");
  const serbian = pdfText(await (await page.request.get(`${caseUrl}/shop-sheet.pdf`)).body());
  expect(serbian).toContain("Molim Vas da mi date:");
  expect(serbian).not.toContain("Please");
  expect(serbian).not.toContain(zh("shopSheet.askIntro"));
});

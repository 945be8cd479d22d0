import { test, expect } from "@playwright/test";
import { createCase, newPage, pdfText } from "@/tests/support/ui";
import { PERSON_STATE } from "@/tests/support/auth";

test("acting from abroad: a representative brings the power of attorney, its certification note and checklist items", async ({ browser }) => {
  const { page, context } = await newPage(browser, { storageState: PERSON_STATE });
  const caseUrl = await createCase(page, { operator: "a1", phone: "060 444 5566", plan: "Postpaid" });
  await page.goto(`${caseUrl}/contact`);
  await expect(page.locator("#poa")).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /Sign a power of attorney/ })).toHaveCount(0);

  await page.locator("#representative-representative-yes").check();
  await page.locator("form:has(#representative-representative-yes) button[type=submit]").click();
  await expect(page.locator("#poa")).toContainText(
    "certified by a notary or a competent authority; a lawyer (advokat) needs only a plain power of attorney. mts states this for complaints",
  );
  await expect(page.locator("#poa").getByRole("link", { name: "mts.rs" })).toHaveAttribute(
    "href",
    "https://www.mts.rs/privatni/korisnicka-zona/racun/prigovor",
  );
  await expect(page.getByRole("checkbox", { name: /Sign a power of attorney/ })).toBeVisible();

  const pdf = pdfText(await (await page.request.get(`${caseUrl}/power-of-attorney.pdf`)).body());
  for (const s of [
    "PUNOMOĆJE",
    "ovlašćujem",
    "A1 Srbija d.o.o.",
    "+381 60 4445566",
    "(potpis overava javni beležnik ili nadležni organ)",
    "POWER OF ATTORNEY",
    "authorise: name:",
  ]) {
    expect(pdf, s).toContain(s);
  }
  await page.goto(`${caseUrl}/submit`);
  await expect(page.getByRole("checkbox", { name: /Give your representative the certified power of attorney/ })).toBeVisible();

  // Back to "I will do it myself": the items go away.
  await page.goto(`${caseUrl}/contact`);
  await page.locator("#representative-representative-no").check();
  await page.locator("form:has(#representative-representative-no) button[type=submit]").click();
  await expect(page.locator("#poa")).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /Sign a power of attorney/ })).toHaveCount(0);
  await context.close();
});

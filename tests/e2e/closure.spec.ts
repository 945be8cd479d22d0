import { test, expect } from "@/tests/support/fixtures";
import { choose, createCase, saveForm, pdfTextAt } from "@/tests/support/ui";

// Issue 16, item 4: the refund IBAN and the operator's equipment, asked with the letter's
// other answers, reach the letter and the shop sheet.
test("a refund IBAN (junk refused, a foreign one with spaces kept without them) and returned equipment reach the letter and the shop sheet", async ({
  person,
}) => {
  const { page } = person;
  const caseUrl = await createCase(page, { operator: "yettel", phone: "064 765 4322", plan: "Postpaid" });
  await page.goto(`${caseUrl}/contact`);
  await choose(page, "Channel", "In a shop, in person");
  await saveForm(page, "Save choice");

  await page.goto(`${caseUrl}/submit`);
  const form = page.locator("form", { has: page.getByLabel("IBAN for a refund") });
  await choose(page, "Identity document", "Foreign passport");
  await form.getByLabel("Reason for cancelling").selectOption({ label: "personal reasons" });
  await form.getByLabel("IBAN for a refund").fill("my bank account");
  await form.getByRole("button", { name: "Save", exact: true }).click();
  await expect(form.getByText("This is not an IBAN", { exact: false })).toBeVisible();

  await form.getByLabel("IBAN for a refund").fill("de89 3704 0044 0532 0130 00");
  await choose(page, "Do you have equipment from the operator, such as a router?", "Yes");
  await form.getByRole("button", { name: "Save", exact: true }).click();
  await expect(form.getByText("Saved", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("IBAN for a refund")).toHaveValue("DE89370400440532013000");

  const letter = (await pdfTextAt(page.request, `${caseUrl}/letter.pdf`)).replace(/\s+/g, " ");
  expect(letter).toContain("vrati na račun IBAN DE89 3704 0044 0532 0130 00.");
  expect(letter).toContain("Opremu operatora koja se nalazi kod mene (na primer ruter) vraćam");
  expect(letter).toContain("please refund the amount to the account IBAN DE89 3704 0044 0532 0130 00.");
  const sheet = (await pdfTextAt(page.request, `${caseUrl}/shop-sheet.pdf`)).replace(/\s+/g, " ");
  expect(sheet).toContain("• povraćaj preplate ili avansa, ako postoji, na račun IBAN DE89 3704 0044 0532 0130 00;");
  expect(sheet).toContain("• potvrdu o prijemu vraćene opreme operatora (razduženje opreme);");
});

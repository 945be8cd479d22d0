import { test, expect } from "@/tests/support/fixtures";
import { choose, createCase, pdfTextAt, saveForm } from "@/tests/support/ui";

const KEEP = /keep this phone number/;

// Keep or give up the number, asked first: keeping it leads to porting and Odjava offers no
// termination letter (a termination would switch the number off); giving it up brings the
// letter back, and ticks of items in both flows stay.
test("keep my number on a Yettel postpaid contract: porting, no termination letter; give it up: the letter again", async ({ person }) => {
  const { page, context } = person;
  const caseUrl = await createCase(page, { operator: "yettel", phone: "063 555 3434", plan: "Postpaid" });

  // 1. eligibility: the question comes first, with what each choice means and its source.
  const first = page.getByRole("group").first();
  await expect(first).toHaveAccessibleName(/keep this phone number/);
  await expect(page.locator("#keep-number")).toContainText("also ends the contract with the old operator");
  await expect(page.locator("#keep-number").getByRole("link", { name: "ratel.rs", exact: true })).toHaveAttribute(
    "href",
    "https://ratel.rs/sr/page/prenos-broja",
  );
  await choose(page, KEEP, "Keep it: move the number to another operator");
  await choose(page, /bill due/, "No");
  await choose(page, /wrong with the account/, "No");
  await saveForm(page, "Save answers");
  await page.reload();
  await expect(page.locator("#keep-number")).toContainText("You chose to keep the number");

  // 2. prepare: the porting pre-check's item, no "move your codes" items.
  await page.goto(`${caseUrl}/prepare`);
  await expect(page.getByRole("checkbox", { name: /keep-my-number check/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /SMS codes/ })).toHaveCount(0);
  const contacts = page.getByRole("checkbox", { name: /Back up contacts/ });
  await contacts.check();
  await expect(page.locator(`#${await contacts.getAttribute("id")}-status`)).toHaveText("Saved");

  // 3. contact: porting is the only way; no channel to choose.
  await page.goto(`${caseUrl}/contact`);
  await expect(page.locator("#porting-only")).toContainText("Do not send Yettel a termination request");
  await expect(page.getByRole("radio", { name: "By registered letter" })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /ask the new operator to port the number/ })).toBeVisible();

  // 4. submit: what to bring to the new operator, and no letter or shop sheet anywhere.
  await page.goto(`${caseUrl}/submit`);
  await expect(page.getByRole("checkbox", { name: /to the new operator's shop/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /last paid bill/ })).toBeVisible();
  await expect(page.getByText("Odjava writes no termination letter and no shop sheet")).toBeVisible();
  for (const path of [`${caseUrl}/submit`, caseUrl, `${caseUrl}/eligibility`, `${caseUrl}/prepare`, `${caseUrl}/contact`, `${caseUrl}/wait`]) {
    await page.goto(path);
    await expect(page.locator('a[href$="/letter.pdf"]')).toHaveCount(0);
    await expect(page.locator('a[href$="/shop-sheet.pdf"]')).toHaveCount(0);
  }
  await page.goto(caseUrl);
  await expect(page.getByRole("definition").filter({ hasText: "Porting to another operator" })).toBeVisible();
  expect((await context.request.get(`${caseUrl}/letter.pdf`)).status()).toBe(404);
  expect((await context.request.get(`${caseUrl}/shop-sheet.pdf`)).status()).toBe(404);
  // The summary has no shop sheet page either (it asks for a termination).
  expect(await pdfTextAt(context.request, `${caseUrl}/summary.pdf`)).not.toContain("isključenje broja");

  // Changing to "give up": a termination flow again, with the letter.
  await page.goto(`${caseUrl}/eligibility`);
  await choose(page, KEEP, "Give it up: cancel the contract and the number");
  await saveForm(page, "Save answers");
  await page.reload();
  await expect(page.locator("#keep-number")).toContainText("You chose to give the number up");
  await page.goto(`${caseUrl}/prepare`);
  await expect(page.getByRole("checkbox", { name: /SMS codes/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Back up contacts/ })).toBeChecked();
  await page.goto(`${caseUrl}/contact`);
  await expect(page.getByRole("radio", { name: /porting/i })).toHaveCount(0);
  await choose(page, "Channel", "By registered letter");
  await saveForm(page, "Save choice");
  await page.goto(`${caseUrl}/submit`);
  await expect(page.locator('a[href$="/letter.pdf"]')).toHaveCount(1);
  expect(await pdfTextAt(context.request, `${caseUrl}/letter.pdf`)).toContain("Zahtev za raskid ugovora");
  expect((await context.request.get(`${caseUrl}/shop-sheet.pdf`)).status()).toBe(200);
  expect(await pdfTextAt(context.request, `${caseUrl}/summary.pdf`)).toContain("isključenje broja");
});

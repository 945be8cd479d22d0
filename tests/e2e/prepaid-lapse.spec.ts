import { test, expect } from "@playwright/test";
import { createCase, newPage } from "@/tests/support/ui";
import { PERSON_STATE } from "@/tests/support/auth";

test("prepaid: the lapse date from the operator's rule, a reminder 30 days before as .ics, and no date where the rule is unknown", async ({ browser }) => {
  const { page, context } = await newPage(browser, { storageState: PERSON_STATE });
  const yettel = await createCase(page, { operator: "yettel", phone: "063 222 3344", plan: "Prepaid" });
  await page.goto(`${yettel}/prepare`);
  const result = page.locator("#lapse-result");
  await expect(result).toContainText("Give the date of the last top-up");
  expect((await page.request.get(`${yettel}/lapse.ics`)).status(), "no date yet: no reminder").toBe(404);

  // A date in the future is refused and nothing is saved.
  await page.getByLabel("Date of the last top-up").fill("2099-01-01");
  await page.getByRole("button", { name: "Work out the date" }).click();
  await expect(page.locator("#topUp-lastTopUp-error")).not.toBeEmpty();
  await expect(result).toContainText("Give the date of the last top-up");

  await page.getByLabel("Date of the last top-up").fill("2026-11-01");
  await page.getByRole("button", { name: "Work out the date" }).click();
  await expect(result).toContainText("Under the rule of Yettel, the number lapses on 26 November 2027");
  await expect(result).toContainText("Reminder on 27 October 2027, 30 days before: move every bank, eUprava and app login");
  const ics = await page.request.get(`${yettel}/lapse.ics`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const body = await ics.text();
  expect(body).toContain("DTSTART;VALUE=DATE:20271027");
  expect(body.replace(/\r\n /g, "")).toContain("Prepaid number +381 63 2223344 (Yettel) lapses on 26 November 2027");

  // A1's rule for unused prepaid numbers was not found: no date is made up.
  const a1 = await createCase(page, { operator: "a1", phone: "060 222 3344", plan: "Prepaid" });
  await page.goto(`${a1}/prepare`);
  await expect(page.locator("#lapse-result")).toContainText("A1 Srbija's rule for an unused prepaid number is not known");
  await expect(page.getByLabel("Date of the last top-up")).toHaveCount(0);
  expect((await page.request.get(`${a1}/lapse.ics`)).status()).toBe(404);
  await context.close();
});

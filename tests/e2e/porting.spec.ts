import { type Page } from "@playwright/test";
import { test, expect } from "@/tests/support/fixtures";
import { createCase, newPage } from "@/tests/support/ui";
import { PERSON_STATE } from "@/tests/support/auth";
import { translator } from "@/app/lib/i18n/translator";

const ground = (page: Page, q: string) => page.locator(`[data-ground=${q}]`);

async function answer(page: Page, values: Record<string, "yes" | "no" | "unknown">, button = "Check") {
  for (const [q, a] of Object.entries(values)) await page.locator(`#porting-${q}-${a}`).check();
  await page.getByRole("button", { name: button, exact: true }).click();
}

// The card's registration is answered once, on the first step, and the pre-check reads it.
async function registration(page: Page, caseUrl: string, value: string) {
  await page.goto(`${caseUrl}/eligibility`);
  await page.locator(`#registration-prepaidRegistration-${value}`).check();
  await page.locator(`form:has(#registration-prepaidRegistration-${value}) button[type=submit]`).click();
  await expect(page.locator("#registration")).toHaveAttribute("data-registration", value);
  await page.goto(`${caseUrl}/prepare`);
}

// A person of its own: it switches the account's language.
test("keep-my-number pre-check: what blocks porting, with sources, saved, and in Chinese and Serbian", async ({ browser, person }) => {
  const { page, context } = person;
  const caseUrl = await createCase(page, { operator: "yettel", phone: "063 555 1212", plan: "Prepaid" });
  await page.goto(`${caseUrl}/prepare`);
  const verdict = page.locator("#porting-verdict");
  await expect(verdict).toContainText("Some answers are missing");
  // A prepaid card: registration is asked, a commitment is not.
  await expect(ground(page, "portRegistered")).toHaveAttribute("data-state", "unknown");
  await expect(ground(page, "portCommitment")).toHaveCount(0);

  // An unregistered prepaid number is one of RATEL's refusal grounds: it blocks, says what to
  // do and where the rule comes from.
  await expect(page.locator("#porting-portRegistered-no")).toHaveCount(0);
  await answer(page, { portDebts: "no", portRecent: "no", portStolen: "no" });
  // Saved before the next page is opened: it and the other device read these answers.
  await expect(page.locator("form:has(#porting-portDebts-no)").getByText("Saved", { exact: true })).toBeVisible();
  await registration(page, caseUrl, "none");
  await expect(verdict).toContainText("Porting would be refused now");
  await expect(ground(page, "portRegistered")).toHaveAttribute("data-state", "blocks");
  await expect(ground(page, "portRegistered")).toContainText("Register the number in your name with Yettel");
  await expect(ground(page, "portRegistered").getByRole("link", { name: "ratel.rs", exact: true })).toHaveAttribute(
    "href",
    "https://ratel.rs/sr/page/prenos-broja",
  );
  await expect(ground(page, "portRegistered")).toContainText("Read from RATEL's porting rulebook of 2022 (13/22)");
  await expect(ground(page, "portRegistered")).toContainText("(82/24)");
  await expect(ground(page, "portRegistered")).toContainText("From your answer about the card's registration on the first step.");
  await expect(ground(page, "portDebts")).toHaveAttribute("data-state", "clear");

  await registration(page, caseUrl, "passport");
  await expect(verdict).toContainText("Nothing you told Odjava blocks porting");
  await expect(page.locator("[data-state=blocks]")).toHaveCount(0);

  // Saved: another device sees the same answers and verdict.
  const other = await newPage(browser, { storageState: await context.storageState() });
  await other.page.goto(`${caseUrl}/prepare`);
  await expect(ground(other.page, "portRegistered")).toHaveAttribute("data-state", "clear");
  await expect(other.page.locator("#porting-portStolen-no")).toBeChecked();
  await expect(other.page.locator("#porting-verdict")).toContainText("Nothing you told Odjava blocks porting");

  // A stolen number, in Chinese and in Serbian.
  for (const [locale, label] of [
    ["zh-Hans", "中文"],
    ["sr-Latn", "Srpski"],
  ] as const) {
    const t = translator(locale);
    await other.page.getByRole("button", { name: label }).click();
    await expect(other.page.locator("html")).toHaveAttribute("lang", locale);
    await answer(other.page, { portStolen: "yes" }, t("prepare.checkSave"));
    await expect(other.page.locator("#porting-verdict")).toHaveText(t("prepare.verdictBlocked"));
    await expect(ground(other.page, "portStolen")).toContainText(t("prepare.stateBlocks"));
    await expect(ground(other.page, "portStolen")).toContainText(t("prepare.fixPortStolen", { operator: "Yettel" }));
    await answer(other.page, { portStolen: "no" }, t("prepare.checkSave"));
    await expect(other.page.locator("#porting-verdict")).toHaveText(t("prepare.verdictClear"));
  }
  await other.context.close();
});

test("a postpaid contract still in its term blocks porting from its end date, without asking", async ({ browser }) => {
  const { page, context } = await newPage(browser, { storageState: PERSON_STATE });
  const caseUrl = await createCase(page, { operator: "a1", phone: "060 555 3434", plan: "Postpaid", endDate: "2099-12-31" });
  await page.goto(`${caseUrl}/prepare`);
  await expect(ground(page, "portCommitment")).toHaveAttribute("data-state", "blocks");
  await expect(ground(page, "portCommitment")).toContainText("From your contract end date (31 December 2099)");
  await expect(ground(page, "portCommitment").getByRole("link", { name: "a1.rs", exact: true })).toHaveAttribute("href", "https://a1.rs/privatni/postpaid/NEO");
  await expect(ground(page, "portCommitment").getByRole("link", { name: "globaltel.rs" })).toHaveAttribute(
    "href",
    "https://www.globaltel.rs/prenesi-svoj-broj",
  );
  await expect(ground(page, "portCommitment")).toContainText("Not a ground in RATEL's rulebooks");
  await expect(page.locator("#porting-portCommitment-yes")).toHaveCount(0);
  await expect(page.locator("#porting-verdict")).toContainText("Porting would be refused now");
  await context.close();
});

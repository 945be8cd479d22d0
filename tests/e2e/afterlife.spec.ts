import type { Page } from "@playwright/test";
import { test, expect, personIn } from "@/tests/support/fixtures";
import { choose, createCase, saveForm } from "@/tests/support/ui";
import { addDays, todayInBelgrade } from "@/app/lib/calendar";
import { formatCalendarDate } from "@/app/lib/dates";
import { followUp } from "@/app/lib/playbook/deadline";

// The number's afterlife: on the prepare step, every service tied to a number that is given
// up, with its how-to, its source (or "not verified"), and the day to be done by; on the
// confirm step, "unlink first" just before the SIM is destroyed. A kept number has neither.

const item = (page: Page, key: string) => page.locator(`li:has(> #item-${key})`);

async function tick(page: Page, name: RegExp) {
  const box = page.getByRole("checkbox", { name });
  await box.check();
  await expect(page.locator(`#${await box.getAttribute("id")}-status`)).toHaveText("Saved");
}

test("a Yettel prepaid number given up: the inventory with sources and a due date, ticks kept on reload, unlink before the SIM", async ({ person }) => {
  const { page } = person;
  const caseUrl = await createCase(page, { operator: "yettel", phone: "063 777 1212", plan: "Prepaid" });
  await page.goto(`${caseUrl}/prepare`);

  const inventory = page.locator("section", { has: page.getByRole("heading", { name: "The number's afterlife: what is tied to this number" }) });
  await expect(inventory).toBeVisible();
  for (const group of ["Banks and the state", "Messengers", "Chinese apps", "Everything else"])
    await expect(inventory.getByRole("heading", { name: group })).toBeVisible();
  // No date known yet: before the request goes in.
  await expect(page.locator("#afterlife-due")).toHaveText("Do it before you hand in or send the request: Odjava does not know the closing date yet.");

  // Banks: two sourced examples and the branch visit marked not verified; no list of banks.
  const banks = item(page, "twofa-bank");
  await expect(banks.getByRole("link", { name: "otpbanka.rs" })).toHaveAttribute("href", "https://otpbanka.rs/en/retail/sms-service");
  await expect(banks.getByRole("link", { name: "mobibanka.rs" })).toHaveAttribute("href", /^https:\/\/mobibanka\.rs\//);
  await expect(banks).toContainText("checked 1 December 2026");
  await expect(banks).toContainText("Not verified: Changing the number with a bank may need a visit to a branch");
  // WhatsApp from its own help page; the apps whose page was not found say so, with no link.
  const whatsapp = item(page, "number-whatsapp");
  await expect(whatsapp.getByRole("link", { name: "faq.whatsapp.com" })).toHaveAttribute("href", /^https:\/\/faq\.whatsapp\.com\//);
  await expect(whatsapp).toContainText("deletes the account on the old one");
  await expect(whatsapp).toContainText("Read in the Polish version of WhatsApp's help page.");
  for (const key of ["number-viber", "number-telegram", "number-wechat", "number-alipay"]) {
    await expect(item(page, key)).toContainText("Not verified:");
    await expect(item(page, key)).toContainText("Check with the service itself.");
    await expect(item(page, key).getByRole("link")).toHaveCount(0);
  }
  await expect(item(page, "number-other")).toContainText("search your e-mail and messages for this number");

  // The last top-up gives Yettel's lapse date (prepaid-lapse.spec): the day to be done by.
  await page.getByLabel("Date of the last top-up").fill("2026-11-01");
  await page.getByRole("button", { name: "Work out the date" }).click();
  await expect(page.locator("#afterlife-due")).toHaveText("Do it before 26 November 2027: the prepaid number lapses then if it is not topped up.");

  // A tick is "done, or I don't use it": WeChat is ticked without having WeChat.
  await tick(page, /^Banks: SMS codes/);
  await tick(page, /^WhatsApp: number changed/);
  await tick(page, /^WeChat: number changed \(or I don't use WeChat\)/);
  // The inventory's items are not listed twice on the page.
  await expect(page.locator("#item-number-wechat")).toHaveCount(1);
  await page.reload();
  for (const key of ["twofa-bank", "number-whatsapp", "number-wechat"]) await expect(page.locator(`#item-${key}`)).toBeChecked();
  for (const key of ["twofa-euprava", "number-viber", "number-alipay"]) await expect(page.locator(`#item-${key}`)).not.toBeChecked();

  // Confirm: unlink first, just before the SIM is cut, with its sources and the missing period.
  await page.goto(`${caseUrl}/confirm`);
  const ids = await page.getByRole("checkbox").evaluateAll((boxes) => boxes.map((b) => b.id));
  expect(ids.indexOf("item-number-unlinked") + 1, ids.join(", ")).toBe(ids.indexOf("item-sim-destroyed"));
  const unlink = item(page, "number-unlinked");
  await expect(unlink).toContainText("WhatsApp, Viber and WeChat moved to another number or deleted");
  await expect(unlink.getByRole("link", { name: "faq.whatsapp.com" })).toBeVisible();
  await expect(unlink.getByRole("link", { name: "globaltel.rs" })).toHaveAttribute("href", "https://globaltel.rs/najcesca-pitanja");
  await expect(unlink).toContainText("Not verified: No published period was found for how long a given-up number stays unused in Serbia");
  await expect(unlink).toContainText("Confirm with the operator.");
  await tick(page, /^Before destroying the SIM/);
  await page.reload();
  await expect(page.locator("#item-number-unlinked")).toBeChecked();

  // Keeping the number instead (porting): nothing to move, no unlink item; the ticks wait.
  await page.goto(`${caseUrl}/eligibility`);
  await choose(page, /keep this phone number/, "Keep it: move the number to another operator");
  await choose(page, /wrong with the account/, "No");
  await saveForm(page, "Save answers");
  await page.goto(`${caseUrl}/prepare`);
  await expect(page.getByText("You keep the number (it is ported to another operator)")).toBeVisible();
  await expect(page.locator("#afterlife-due")).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /WhatsApp|WeChat|SMS codes/ })).toHaveCount(0);
  await page.goto(`${caseUrl}/confirm`);
  await expect(page.locator("#item-number-unlinked")).toHaveCount(0);
  await expect(page.locator("#item-sim-destroyed")).toBeVisible();
});

test("a postpaid request sent: the due date is the follow-up day, and the closing day once recorded", async ({ person }) => {
  const { page } = person;
  const today = todayInBelgrade();
  const submittedOn = addDays(today, -1);
  const caseUrl = await createCase(page, { operator: "a1", phone: "060 777 3434", plan: "Postpaid" });
  await page.goto(`${caseUrl}/contact`);
  await choose(page, "Channel", "By registered letter");
  await saveForm(page, "Save choice");
  await page.goto(`${caseUrl}/submit`);
  await page.locator("#submission-submittedOn").fill(submittedOn);
  await page.locator("form:has(#submission-submittedOn) button[type=submit]").click();
  await expect(page.locator("form:has(#submission-submittedOn) [role=status]")).not.toBeEmpty();
  await page.goto(`${caseUrl}/prepare`);
  // Serbian business days after the submission (deadline.ts).
  const due = formatCalendarDate(followUp(submittedOn, today).due, "en");
  await expect(page.locator("#afterlife-due")).toHaveText(`Do it before ${due}: the operator should have answered by then, and the line may be closed.`);

  await page.goto(`${caseUrl}/confirm`);
  await page.getByLabel("Date the line was closed").fill(today);
  await page.getByRole("button", { name: "Mark closed" }).click();
  await expect(page.getByText(/The line is marked closed since/)).toBeVisible();
  await page.goto(`${caseUrl}/prepare`);
  await expect(page.locator("#afterlife-due")).toContainText(`Do it before ${formatCalendarDate(today, "en")}: the line was closed that day.`);
  await expect(page.locator("#afterlife-due")).toContainText("That day has passed: do what is left at once.");
});

// Screenshots for review (AFTERLIFE_SHOTS=<folder>): the prepare and confirm steps at phone
// and desktop widths, in English and Chinese.
test("screenshots of the inventory and the unlink item", async ({ browser }) => {
  const dir = process.env.AFTERLIFE_SHOTS;
  test.skip(!dir, "only when asked for");
  for (const locale of ["en", "zh-Hans"] as const) {
    for (const width of [390, 1280]) {
      const tag = locale === "en" ? "en" : "zh";
      const p = await personIn(browser, `shots-${tag}-${width}`, { viewport: { width, height: 900 } });
      // The account's language, by the language switcher's button.
      if (locale !== "en") {
        await p.page.locator(`button[name=locale][value=${locale}]`).first().click();
        await expect(p.page.locator("html")).toHaveAttribute("lang", "zh-Hans");
      }
      // By the fields' ids: the Chinese form's labels are Chinese.
      await p.page.goto("/cases/new");
      await p.page.locator("#operator").selectOption("yettel");
      await p.page.locator("#phone").fill("063 777 5656");
      await p.page.locator("input[name=planType][value=prepaid]").check();
      await p.page.locator("main form button[type=submit]").click();
      await expect(p.page).toHaveURL(/\/eligibility$/);
      const caseUrl = new URL(p.page.url()).pathname.replace(/\/eligibility$/, "");
      await p.page.goto(`${caseUrl}/prepare`);
      await p.page.locator("#item-number-wechat").check();
      // "Saved", not the "Saving…" shown while the tick is on its way.
      await expect(p.page.locator("#item-number-wechat-status")).toHaveText(locale === "en" ? "Saved" : "已保存");
      await p.page.screenshot({ path: `${dir}/prepare-${tag}-${width}.png`, fullPage: true });
      // The inventory itself, in pieces a screen high, to read.
      const box = (await p.page.locator("section:has(#afterlife-due)").boundingBox())!;
      const top = box.y + (await p.page.evaluate(() => window.scrollY));
      for (let y = 0, n = 1; y < box.height; y += 1100, n++) {
        const clip = { x: box.x, y: top + y, width: box.width, height: Math.min(1100, box.height - y) };
        await p.page.screenshot({ path: `${dir}/inventory-${tag}-${width}-${n}.png`, fullPage: true, clip });
      }
      await p.page.goto(`${caseUrl}/confirm`);
      await p.page.locator("#item-number-unlinked").scrollIntoViewIfNeeded();
      await p.page.screenshot({ path: `${dir}/confirm-${tag}-${width}.png`, fullPage: true });
      await p.page.locator("li:has(> #item-number-unlinked)").screenshot({ path: `${dir}/unlink-${tag}-${width}.png` });
      await p.context.close();
    }
  }
});

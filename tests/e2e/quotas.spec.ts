import { test, expect } from "@/tests/support/fixtures";
import { postFormAction } from "@/tests/support/ui";
import { query } from "@/tests/support/db";
import { translator } from "@/app/lib/i18n/translator";

// An account holds at most 20 cases (app/lib/cases/limits.ts): the 21st is refused on the
// form, in the person's language, and nothing is written. (The receipt quotas and the
// free-space floor are proven in tests/unit/quotas.test.ts.)
test("the 21st case is refused on the form with a message in the person's language, and not opened", async ({ person }) => {
  const { page, context } = person;
  const cases = async () =>
    (await query<{ n: number | string }>(`SELECT COUNT(*) AS "n" FROM "Case" WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = ?)`, [person.email]))[0]!
      .n;
  for (let i = 0; i < 20; i++) {
    const res = await postFormAction(context.request, "/cases/new", "createCaseAction", [], { operator: "mts", phone: "064 123 4567", planType: "prepaid" });
    expect(res.status(), `case ${i + 1}`).toBeLessThan(400);
  }
  expect(Number(await cases())).toBe(20);

  for (const [locale, label] of [
    ["en", null],
    ["sr-Latn", "Srpski"],
    ["zh-Hans", "中文"],
  ] as const) {
    await page.goto("/cases/new");
    if (label) await page.getByRole("button", { name: label }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await page.locator("#operator").selectOption("a1");
    await page.locator("#phone").fill("060 123 4567");
    await page.locator("input[name=planType][value=postpaid]").check();
    await page.locator("form:has(#operator) button[type=submit]").click();
    await expect(page.locator("form:has(#operator) [role=alert]")).toHaveText(translator(locale)("errors.tooManyCases", { max: 20 }));
    await expect(page).toHaveURL((u) => u.pathname === "/cases/new");
    await expect(page.locator("#phone"), "what was typed is kept").toHaveValue("060 123 4567");
  }
  expect(Number(await cases())).toBe(20);
});

import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { asClient, letterCaseById, newPage, pdfText, signUpById, submitOf, uniqueEmail, PASSWORD } from "@/tests/support/ui";
import { translator } from "@/app/lib/i18n/translator";
import { LOCALES, type Locale } from "@/app/lib/i18n/locales";
import { RENDERING } from "@/tests/support/tags";

const BROWSER_LOCALE: Record<Locale, string> = { en: "en-US", "zh-Hans": "zh-CN", "sr-Latn": "sr-RS", "sr-Cyrl": "sr-Cyrl-RS" };

// A case with a channel and a submission, so every step page has its full content.
async function caseWithSubmission(page: Page) {
  const caseUrl = await letterCaseById(page);
  await page.goto(`${caseUrl}/submit`);
  await page.locator("#submission-submittedOn").fill("2026-11-05");
  await submitOf(page, "submission-submittedOn").click();
  await expect(page.locator("form:has(#submission-submittedOn) [role=status]")).not.toBeEmpty();
  return caseUrl;
}

// A prepaid case of someone already abroad, with a representative and a registered card,
// so the first and the contact steps show the abroad plan and the registration advice.
async function prepaidAbroadCase(page: Page) {
  await page.goto("/cases/new");
  await page.locator("#operator").selectOption("yettel");
  await page.locator("#phone").fill("063 123 4567");
  await page.locator("input[name=planType][value=prepaid]").check();
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/eligibility$/);
  const caseUrl = new URL(page.url()).pathname.replace(/\/eligibility$/, "");
  await page.locator("#abroad-abroad-yes").check();
  await submitOf(page, "abroad-abroad-yes").click();
  await expect(page.locator("#abroad-plan")).toBeVisible();
  await page.locator("#registration-prepaidRegistration-passport").check();
  await submitOf(page, "registration-prepaidRegistration-passport").click();
  await expect(page.locator("#registration-hand-in")).toBeVisible();
  await page.goto(`${caseUrl}/contact`);
  await page.locator("#representative-representative-yes").check();
  await submitOf(page, "representative-representative-yes").click();
  await expect(page.locator("#poa")).toBeVisible();
  return caseUrl;
}

test("Chinese from the browser: every page, error, PDF, letter and reminder in Chinese; the choice is kept on the account", async ({ browser }) => {
  const zh = translator("zh-Hans");
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh("home.heading"));

  const email = uniqueEmail("zh");
  await signUpById(page, email);
  await expect(page.getByText(zh("cases.emptyTitle"))).toBeVisible();

  await page.goto("/cases/new");
  await page.locator("#phone").fill("12");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#phone-error")).toHaveText(zh("errors.phone"));
  await expect(page.locator("#planType-error")).toHaveText(zh("errors.planType"));

  const caseUrl = await caseWithSubmission(page);
  await page.goto(caseUrl);
  await expect(page.getByRole("heading", { name: zh("caseView.checklist") })).toBeVisible();
  await expect(page.getByText(/2026年11月5日/).first()).toBeVisible();
  await page.goto(`${caseUrl}/prepare`);
  await expect(page.getByText(zh("checklist.twofa-bank")).first()).toBeVisible();
  await page.goto(`${caseUrl}/contact`);
  await expect(
    page
      .getByText(zh("facts.a1Term"))
      .or(page.getByText(zh("facts.generalRequests")))
      .first(),
  ).toBeVisible();

  const summary = pdfText(await (await context.request.get(`${caseUrl}/summary.pdf`)).body());
  for (const s of [zh("pdf.title"), zh("pdf.stepsHeading"), zh("steps.eligibility"), "Milutina Milankovića 1ž"]) expect(summary).toContain(s);
  const letter = pdfText(await (await context.request.get(`${caseUrl}/letter.pdf`)).body());
  for (const s of ["Zahtev za raskid ugovora", "Ovim putem tražim raskid pretplatničkog ugovora", zh("letter.title"), zh("pdf.letterNote").slice(0, 8)]) {
    expect(letter).toContain(s);
  }
  const ics = (await (await context.request.get(`${caseUrl}/reminder.ics`)).text()).replace(/\r\n /g, "");
  expect(ics).toContain(`SUMMARY:${zh("ics.summary", { operator: "A1 Srbija", number: "+381 60 1234567" }).replace(/[,;]/g, (c) => `\\${c}`)}`);

  // Switching to English changes the page, and the account keeps it: a Chinese browser
  // signing in again gets English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await context.close();

  const again = await browser.newContext({ locale: "zh-CN" });
  const p2 = await again.newPage();
  await p2.goto("/sign-in?next=/cases");
  await expect(p2.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await p2.locator("#email").fill(email);
  await p2.locator("#password").fill(PASSWORD);
  await p2.locator("main form button[type=submit]").click();
  await expect(p2).toHaveURL((u) => u.pathname === "/cases");
  await expect(p2.locator("html")).toHaveAttribute("lang", "en");
  await expect(p2.getByRole("heading", { level: 1 })).toHaveText("My cases");
  await again.close();
});

for (const locale of LOCALES) {
  // English at desktop width; Chinese and Serbian (both scripts) at a 390 px phone, where nothing may
  // scroll sideways.
  const width = locale === "en" ? 1280 : 390;
  test(`axe finds no WCAG 2.2 AA violation on any page in ${locale}, at ${width} px with no sideways scrolling`, { tag: RENDERING }, async ({ browser }) => {
    // 22 pages, each analysed by axe in a page of its own: 2-4 s a page on two busy cores.
    test.setTimeout(180_000);
    const context = await browser.newContext({ locale: BROWSER_LOCALE[locale], viewport: { width, height: 844 } });
    const page = await context.newPage();
    const results: string[] = [];
    const check = async (path: string) => {
      if (path) await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      for (const v of violations)
        results.push(
          `${path || page.url()}: ${v.id} (${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join("; ")})`,
        );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) results.push(`${path || page.url()}: ${overflow} px wider than the screen`);
    };
    for (const path of [
      "/",
      "/sign-in",
      "/sign-up",
      "/no-such-page",
      "/forgot-password",
      "/reset-password?token=x",
      "/email/verified?ok=0",
      "/email/verified?ok=1",
      "/email/unsubscribe?u=x&k=lapse&s=y",
    ])
      await check(path);
    await asClient(page);
    await page.goto("/sign-up");
    await page.locator("main form button[type=submit]").click();
    await expect(page.locator("#email-error")).not.toBeEmpty();
    await check("");
    await signUpById(page, uniqueEmail(`axe-${locale}`));
    await check("/cases");
    await page.goto("/cases/new");
    await page.locator("main form button[type=submit]").click();
    await expect(page.locator("#phone-error")).not.toBeEmpty();
    await check("");
    const caseUrl = await caseWithSubmission(page);
    for (const step of ["", "/eligibility", "/prepare", "/contact", "/submit", "/wait", "/escalate", "/confirm"]) await check(`${caseUrl}${step}`);
    const abroadUrl = await prepaidAbroadCase(page);
    for (const step of ["/eligibility", "/contact", "/submit"]) await check(`${abroadUrl}${step}`);
    await check("/cases");
    await check("/account");
    expect(results).toEqual([]);
    await context.close();
  });
}

test("the whole journey works with the keyboard alone, with a visible focus", async ({ browser }) => {
  const { page, context } = await newPage(browser);
  const tabTo = async (selector: string, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  };

  await asClient(page);
  await page.goto("/sign-up");
  await tabTo("#email");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.type(uniqueEmail("keys"));
  await tabTo("#password");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((u) => u.pathname === "/cases");

  await tabTo('a[href="/cases/new"]');
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/cases\/new$/);
  await tabTo("#operator");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#operator")).toHaveValue("a1");
  await tabTo("#phone");
  await page.keyboard.type("064 123 4567");
  await tabTo("input[name=planType][value=prepaid]");
  await page.keyboard.press("Space");
  await expect(page.locator("input[name=planType][value=prepaid]")).toBeChecked();
  await tabTo("main form button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/eligibility$/);

  await tabTo("input[name=accountProblems][value=no]");
  await page.keyboard.press("Space");
  await tabTo("form:has(input[name=accountProblems]) button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Verdict: Nothing blocks cancellation")).toBeVisible();

  await tabTo('a[href$="/prepare"]');
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/prepare$/);
  await tabTo("#item-twofa-bank");
  await page.keyboard.press("Space");
  await expect(page.locator("#item-twofa-bank-status")).toHaveText("Saved");

  const caseUrl = new URL(page.url()).pathname.replace(/\/prepare$/, "");
  await page.goto(caseUrl);
  const pdf = page.waitForResponse((r) => r.url().endsWith("/summary.pdf"));
  await tabTo('a[href$="/summary.pdf"]');
  await page.keyboard.press("Enter").catch(() => undefined);
  const response = await pdf;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  await context.close();
});

import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { asClient, newPage, uniqueEmail, PASSWORD } from "@/tests/support/ui";
import { query } from "@/tests/support/db";
import { LOCALES, HTML_LANG } from "@/app/lib/i18n/locales";
import { translator } from "@/app/lib/i18n/translator";
import { GUIDE_OPERATORS } from "@/app/lib/playbook/guide";
import { guidePath, guidesPath, publicPages } from "@/app/lib/public/paths";
import { inlineScriptHashes } from "@/app/lib/net/static-csp";
import { RENDERING } from "@/tests/support/tags";

// Issue 17: the public guides, one URL per language, read without an account, prerendered
// and served under a policy that names their inline scripts by hash.

// Every "Content Security Policy" complaint the browser logs on a page.
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

test("a visitor reads the Yettel guide in Chinese with its sources, starts a case, signs up and lands in a Yettel postpaid case", async ({ browser }) => {
  const { context, page } = await newPage(browser, { locale: "zh-CN" });
  const violations = cspViolations(page);
  const zh = translator("zh-Hans");
  const res = await page.goto("/zh-Hans/guides/yettel");
  expect(res?.status()).toBe(200);
  // Served as built: the same bytes for everyone, under a policy of hashes, not a nonce.
  const csp = res?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp).not.toContain("nonce-");
  expect(csp).toContain("object-src 'none'");
  expect(res?.headers()["set-cookie"]).toBeUndefined();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh("guide.title", { operator: "Yettel" }));
  // The facts come with their sources and check dates; the contacts are the playbook's.
  const contacts = page.locator("#contacts");
  await expect(contacts.getByRole("link", { name: "063 9000" })).toHaveAttribute("href", "tel:0639000");
  await expect(contacts.getByRole("link", { name: "telenor.rs" }).first()).toBeVisible();
  await expect(contacts).toContainText(zh("facts.checked", { date: "2026年12月1日" }));
  // Both plans' steps, each step's items from the case checklist.
  await expect(page.locator("#prepaid")).toContainText(zh("checklist.balance-used"));
  await expect(page.locator("#postpaid")).toContainText(zh("checklist.final-bill-paid"));
  await expect(page.locator("#postpaid")).toContainText(zh("guide.via.letter"));
  // The letter, as a sample with blanks, marked as Serbian, with its translation.
  const letter = page.locator("#letter");
  await expect(letter.locator('blockquote[lang="sr-Latn"]')).toContainText("Zahtev za raskid ugovora");
  await expect(letter.locator('blockquote[lang="sr-Latn"]')).toContainText("Broj telefona: ______");
  await expect(letter.locator('blockquote[lang="zh-Hans"]')).toContainText(zh("letter.title"));
  // Structured data: a HowTo with the steps, in Chinese.
  const howTo = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(howTo["@type"]).toBe("HowTo");
  expect(howTo.inLanguage).toBe("zh-Hans");
  expect(howTo.step.length).toBeGreaterThanOrEqual(5);

  // Start a case: sign up, then the new case form with Yettel and postpaid chosen.
  await asClient(page);
  await page.getByRole("link", { name: zh("guide.startPostpaid") }).click();
  await expect(page).toHaveURL(/\/sign-up\?next=/);
  const email = uniqueEmail("guide");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL((u) => u.pathname === "/cases/new" && u.searchParams.get("operator") === "yettel");
  await expect(page.locator("#operator")).toHaveValue("yettel");
  await expect(page.locator("input[name=planType][value=postpaid]")).toBeChecked();
  await page.locator("#phone").fill("063 123 4567");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/cases\/[a-z0-9]+\/eligibility$/);
  const rows = await query<{ operator: string; planType: string }>(
    `SELECT c."operator", c."planType" FROM "Case" c JOIN "User" u ON u."id" = c."userId" WHERE u."email" = ?`,
    [email],
  );
  expect(rows).toEqual([{ operator: "yettel", planType: "postpaid" }]);
  expect(violations).toEqual([]);
  await context.close();
});

test("every URL in sitemap.xml answers 200 without a cookie and names its canonical and every language's alternate", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  // The home page and every public page in every language.
  expect(urls.length).toBe(1 + publicPages().length * LOCALES.length);
  for (const l of LOCALES) for (const o of GUIDE_OPERATORS) expect(urls.some((u) => u.endsWith(guidePath(l, o)))).toBe(true);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http\S+\/sitemap\.xml/);
  for (const url of urls) {
    const path = new URL(url).pathname;
    const res = await request.get(path, { headers: { cookie: "" } });
    expect(res.status(), path).toBe(200);
    if (path === "/") continue;
    const html = await res.text();
    expect(html, path).toContain(`<link rel="canonical" href="${url}"/>`);
    for (const l of LOCALES) expect(html, `${path} ${l}`).toMatch(new RegExp(`<link rel="alternate" hrefLang="${l}" href="[^"]+/${l}/`));
    expect(html, path).toMatch(/<link rel="alternate" hrefLang="x-default" href="[^"]+\/en\//);
    expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html, path).toMatch(/<meta name="description" content="[^"]+"/);
  }
});

test("the language links keep the page; /guides goes to the reader's language; unknown languages and operators are 404", async ({ browser }) => {
  const { context, page } = await newPage(browser, { locale: "sr-RS" });
  await page.goto("/guides");
  await expect(page).toHaveURL((u) => u.pathname === guidesPath("sr-Latn"));
  await page.getByRole("link", { name: translator("sr-Latn")("guide.title", { operator: "mts" }) }).click();
  await expect(page).toHaveURL((u) => u.pathname === guidePath("sr-Latn", "mts"));
  await page
    .getByRole("navigation", { name: translator("sr-Latn")("guide.languages") })
    .getByRole("link", { name: "English" })
    .click();
  await expect(page).toHaveURL((u) => u.pathname === guidePath("en", "mts"));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Serbian Cyrillic has its own URL; the sample letter is then in Cyrillic too.
  await page.goto(guidePath("sr-Cyrl", "a1"));
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Cyrl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(translator("sr-Cyrl")("guide.title", { operator: "A1 Srbija" }));
  await expect(page.locator('#letter blockquote[lang="sr-Cyrl"]')).toContainText("Захтев за раскид уговора");
  for (const path of ["/xx/guides", "/en/guides/other", "/en/guides/telenor", "/en/nothing-here", "/no-such-page"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  // The 404 speaks the reader's language (the browser's Serbian here).
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Latn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(translator("sr-Latn")("notFound.heading"));
  await context.close();
});

for (const width of [390, 1280]) {
  test(
    `axe finds no WCAG 2.2 AA violation on any public page in any language at ${width} px, nothing scrolls sideways, no policy complaint`,
    { tag: RENDERING },
    async ({ browser }) => {
      test.setTimeout(240_000);
      const { context, page } = await newPage(browser, { viewport: { width, height: 844 } });
      const violations = cspViolations(page);
      const results: string[] = [];
      for (const locale of LOCALES) {
        for (const pathIn of publicPages()) {
          const path = pathIn(locale);
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("lang", HTML_LANG[locale]);
          const { violations: found } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
          for (const v of found)
            results.push(
              `${path}: ${v.id} (${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join("; ")})`,
            );
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) results.push(`${path}: ${overflow} px wider than the screen`);
        }
      }
      expect(results).toEqual([]);
      expect(violations).toEqual([]);
      await context.close();
    },
  );
}

// A prerendered page is rendered again when something revalidates it, and the new render's
// inline scripts differ from the built file's: the language switch of the app (a server
// action) must leave the guides alone, or their policy blocks their own scripts.
test("switching the app's language leaves the guides as built: each policy names every inline script the page holds", async ({ browser }) => {
  const { context, page } = await newPage(browser, { locale: "en-US" });
  await page.goto("/");
  await page.getByRole("form", { name: "Language" }).getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  const violations = cspViolations(page);
  for (const l of LOCALES) {
    for (const pathIn of publicPages()) {
      const res = await context.request.get(pathIn(l));
      const allowed = res.headers()["content-security-policy"] ?? "";
      for (const hash of inlineScriptHashes(await res.text())) expect(allowed, `${pathIn(l)} ${hash}`).toContain(hash);
    }
  }
  await page.goto(guidePath("en", "yettel"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

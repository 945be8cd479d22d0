import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "@/tests/support/fixtures";
import { createCase, newPage } from "@/tests/support/ui";

// Issue 17: the icons, the manifest and the offline page, on the production build.

// A PNG's width and height, from its IHDR chunk (bytes 16-23), after checking the signature.
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(0, 8).toString("hex"), "a PNG signature").toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

const OFFLINE_TEXT = "You are offline";

test("the icons, the manifest, sw.js and offline.html answer without a cookie, with their types; the manifest's icons are the sizes it says", async ({
  request,
}) => {
  const types: Record<string, string> = {
    "/favicon.ico": "image/x-icon",
    "/icon.svg": "image/svg+xml",
    "/apple-icon.png": "image/png",
    "/manifest.webmanifest": "application/manifest+json",
    "/sw.js": "application/javascript",
    "/offline.html": "text/html",
  };
  for (const [path, type] of Object.entries(types)) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"], path).toContain(type);
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  expect(pngSize(await (await request.get("/apple-icon.png")).body())).toBe("180x180");

  // favicon.ico: an icon directory (reserved 0, type 1) whose entries are PNGs of 16, 32 and 48 px.
  const ico = await (await request.get("/favicon.ico")).body();
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    return pngSize(ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8)));
  });
  expect(sizes).toEqual(["16x16", "32x32", "48x48"]);

  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Odjava", short_name: "Odjava", start_url: "/cases", display: "standalone", lang: "en" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
  expect(icons.map((i) => i.purpose)).toContain("maskable");
  expect(icons.filter((i) => i.type === "image/png").map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of icons) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()["content-type"], icon.src).toContain(icon.type);
    if (icon.type === "image/png") expect(pngSize(await res.body()), icon.src).toBe(icon.sizes);
  }
});

test("the home page links the manifest and the icons, its CSP names the worker and the manifest, and nothing breaks the CSP", async ({ browser }) => {
  const { page, context } = await newPage(browser);
  const errors: string[] = [];
  page.on("console", (m) => errors.push(m.text()));
  const res = await page.goto("/");
  const csp = res!.headers()["content-security-policy"] ?? "";
  expect(csp.split(/;\s*/)).toEqual(expect.arrayContaining(["worker-src 'self'", "manifest-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]));
  const href = (selector: string) => page.locator(`head ${selector}`).evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(await href('link[rel="manifest"]')).toEqual(["/manifest.webmanifest"]);
  expect(await href('link[rel="icon"]')).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg"]));
  expect(await href('link[rel="apple-touch-icon"]')).toEqual(["/apple-icon.png"]);
  // The worker installs (fetching what it keeps) and takes the page.
  expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => new URL(r.active!.scriptURL).pathname))).toBe("/sw.js");
  await page.reload();
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  await context.close();
});

test("offline, a page shows offline.html in three languages; the cache holds that page and the icon, and nothing of a signed-in person", async ({
  person,
}, testInfo) => {
  const { page, context } = person;
  await page.setViewportSize({ width: 390, height: 844 });
  const caseUrl = await createCase(page, { operator: "a1", phone: "060 123 4567", plan: "Postpaid" });
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Pages of the case and the account, fetched while the worker is active.
  for (const path of [caseUrl, `${caseUrl}/eligibility`, "/account", "/cases"]) await page.goto(path);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "")).toContain("/sw.js");

  await context.setOffline(true);
  for (const path of ["/", caseUrl]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: OFFLINE_TEXT })).toBeVisible();
    await expect(page.locator('section[lang="zh-Hans"]')).toContainText("您已离线");
    await expect(page.locator('section[lang="sr-Latn"]')).toContainText("Niste na mreži");
    await expect(page).toHaveTitle(/^Offline/);
  }
  // The icon came from the cache; the page fits a phone's width and passes axe (WCAG 2.2 AA).
  expect(await page.locator("h1 img").evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: testInfo.outputPath("offline-390.png"), fullPage: true });
  for (const lang of ["en", "zh-Hans", "sr-Latn"])
    await page.locator(`section[lang="${lang}"]`).screenshot({ path: testInfo.outputPath(`offline-390-${lang}.png`) });

  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);

  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return urls.sort();
  });
  expect(cached).toEqual(["/icon.svg", "/offline.html"]);
  expect(cached.filter((u) => /^\/(cases|account)(\/|$)/.test(u))).toEqual([]);

  await context.setOffline(false);
  await page.goto(caseUrl);
  await expect(page.getByRole("heading", { name: OFFLINE_TEXT })).toHaveCount(0);
});

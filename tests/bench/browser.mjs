// What a browser sees: JavaScript bytes downloaded (compressed, as Chromium counts them)
// and Lighthouse scores, both with the bench user's session cookie and Debian's Chromium.
import { chromium } from "@playwright/test";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"];

async function scriptBytes(browser, origin, cookie, path) {
  const context = await browser.newContext({ extraHTTPHeaders: { cookie } });
  const page = await context.newPage();
  const sizes = [];
  page.on("requestfinished", (req) => {
    if (req.resourceType() === "script") sizes.push(req.sizes().then((s) => s.responseBodySize));
  });
  await page.goto(origin + path, { waitUntil: "networkidle" });
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}

export async function browserFigures(origin, cookie, caseId, { lighthouse }) {
  const out = {};
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const simplest = await scriptBytes(browser, origin, cookie, "/");
  const casePage = await scriptBytes(browser, origin, cookie, `/cases/${caseId}`);
  await browser.close();
  out.js = { simplest, casePage, ratio: casePage / simplest };
  console.log(`  JavaScript downloaded: / ${simplest} B, /cases/[id] ${casePage} B (compressed)`);

  if (lighthouse) {
    const { default: run } = await import("lighthouse");
    const { launch } = await import("chrome-launcher");
    const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
    out.lighthouse = {};
    try {
      for (const path of ["/", "/en/guides/yettel", "/cases", `/cases/${caseId}`]) {
        const name = path.replace(caseId, "[id]");
        // A public guide is for search engines too: its SEO score is measured, without a cookie.
        const guide = path.includes("/guides/");
        // Lighthouse's default: a mid-range phone on a throttled (simulated) 4G network.
        const result = await run(origin + path, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: guide ? ["performance", "accessibility", "seo"] : ["performance", "accessibility"],
          extraHeaders: guide ? {} : { Cookie: cookie },
        });
        const c = result.lhr.categories;
        const metric = (id) => result.lhr.audits[id]?.displayValue;
        out.lighthouse[name] = {
          performance: Math.round(c.performance.score * 100),
          accessibility: Math.round(c.accessibility.score * 100),
          ...(c.seo ? { seo: Math.round(c.seo.score * 100) } : {}),
          fcp: metric("first-contentful-paint"),
          lcp: metric("largest-contentful-paint"),
          tbt: metric("total-blocking-time"),
          cls: metric("cumulative-layout-shift"),
          // Lighthouse's measure of this machine's CPU (a 2024 mid-range laptop scores
          // about 1,500-2,000); the simulated phone is this machine slowed down 4x.
          benchmarkIndex: result.lhr.environment.benchmarkIndex,
        };
        console.log(`  Lighthouse ${name}: ${JSON.stringify(out.lighthouse[name])}`);
      }
    } finally {
      await chrome.kill();
    }
  }
  return out;
}

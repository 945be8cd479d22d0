// Lighthouse scores of the pages given, one after another in one Debian Chromium, each with
// its own cookie (the bench user's session, or none for public pages).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"];

/** @param {{ name: string, url: string, cookie?: string, seo?: boolean }[]} pages */
export async function lighthouseScores(pages) {
  const { default: run } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const out = {};
  try {
    for (const page of pages) {
      // Lighthouse's default: a mid-range phone on a throttled (simulated) 4G network.
      const result = await run(page.url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        // A public guide is for search engines too: its SEO score is measured.
        onlyCategories: page.seo ? ["performance", "accessibility", "seo"] : ["performance", "accessibility"],
        extraHeaders: page.cookie ? { Cookie: page.cookie } : {},
      });
      const c = result.lhr.categories;
      const metric = (id) => result.lhr.audits[id]?.displayValue;
      out[page.name] = {
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
      console.log(`  Lighthouse ${page.name}: ${JSON.stringify(out[page.name])}`);
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

import { LOCALES, type Locale } from "@/app/lib/i18n/locales";
import { GUIDE_OPERATORS } from "@/app/lib/playbook/guide";
import { publicUrl } from "@/app/lib/net/public-url";

// The public pages (no account, prerendered): one URL per language, the locale first
// (/zh-Hans/guides/yettel). Declared once here for the pages, their alternates, the
// sitemap, the proxy's policy for static pages and the tests.

export type GuideOperator = (typeof GUIDE_OPERATORS)[number];

export const guidesPath = (locale: Locale) => `/${locale}/guides`;
export const guidePath = (locale: Locale, operator: GuideOperator) => `/${locale}/guides/${operator}`;

// Every public page, as the path in each language.
export function publicPages(): ((locale: Locale) => string)[] {
  return [guidesPath, ...GUIDE_OPERATORS.map((o) => (l: Locale) => guidePath(l, o))];
}

// What a public page tells search engines about itself: its canonical URL and the same
// page in every language (hreflang), English also as the default for other languages.
export function alternatesOf(pathIn: (locale: Locale) => string, locale: Locale) {
  const base = publicUrl();
  return {
    canonical: `${base}${pathIn(locale)}`,
    languages: { ...Object.fromEntries(LOCALES.map((l) => [l, `${base}${pathIn(l)}`])), "x-default": `${base}${pathIn("en")}` },
  };
}

// A path under one of the languages' prefixes: a public page (or a 404 under one).
export const PUBLIC_PATH = new RegExp(`^/(${LOCALES.join("|")})(/|$)`);

// Where a guide's "start my case" leads: sign-up (which passes a signed-in person straight
// on), then a new case with the operator and plan chosen.
export function startCasePath(operator: GuideOperator, plan: "prepaid" | "postpaid"): string {
  return `/sign-up?${new URLSearchParams({ next: `/cases/new?operator=${operator}&plan=${plan}` })}`;
}

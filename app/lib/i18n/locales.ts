// The languages Odjava speaks, and how a request picks one.
export const LOCALES = ["en", "zh-Hans", "sr-Latn", "sr-Cyrl"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "odjava-locale";

// Shown in the switcher, each in its own language (and script: Srpski, Српски).
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-Hans": "中文", "sr-Latn": "Srpski", "sr-Cyrl": "Српски" };

// BCP 47 tags for Intl date formatting and the html lang attribute.
export const INTL_TAG: Record<Locale, string> = { en: "en-GB", "zh-Hans": "zh-Hans-CN", "sr-Latn": "sr-Latn-RS", "sr-Cyrl": "sr-Cyrl-RS" };
export const HTML_LANG: Record<Locale, string> = { en: "en", "zh-Hans": "zh-Hans", "sr-Latn": "sr-Latn", "sr-Cyrl": "sr-Cyrl" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// The best of our languages for an Accept-Language header, by its q-values. Chinese in
// any form reads Simplified here; Serbian, Croatian, Bosnian and Montenegrin read Serbian
// Latin, unless the tag names Cyrillic (sr-Cyrl, sr-Cyrl-RS). Plain "sr" stays Latin, as it
// always was here: Latin is what Serbian is mostly written in online (and what a browser set
// to "sr" has been shown so far), though official texts use Cyrillic; a Cyrillic reader
// asks for it by tag or with the switcher. Small enough to own rather than add a
// negotiation library.
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? "1",
      );
      return { tag: (tag ?? "").toLowerCase(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const [primary, ...subtags] = tag.split("-");
    if (primary === "zh") return "zh-Hans";
    if (primary === "sr" || primary === "hr" || primary === "bs" || primary === "cnr") return subtags.includes("cyrl") ? "sr-Cyrl" : "sr-Latn";
    if (primary === "en") return "en";
  }
  return null;
}

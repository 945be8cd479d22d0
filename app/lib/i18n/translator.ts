import { createTranslator } from "use-intl/core";
import en from "@/app/lib/i18n/messages/en";
import zhHans from "@/app/lib/i18n/messages/zh-Hans";
import srLatn from "@/app/lib/i18n/messages/sr-Latn";
import { messagesToCyrillic } from "@/app/lib/i18n/cyrillic";
import { INTL_TAG, type Locale } from "@/app/lib/i18n/locales";
import type { Messages } from "@/app/lib/i18n/types";

// Serbian Cyrillic is made from the Latin messages (cyrillic.ts), once per process: there is
// no second Serbian file to keep in step.
export const MESSAGES: Record<Locale, Messages> = { en, "zh-Hans": zhHans, "sr-Latn": srLatn, "sr-Cyrl": messagesToCyrillic(srLatn) };

// use-intl's own translator, as every translator() starts from (exported for the test that
// compares the two).
export const baseTranslator = (locale: Locale) =>
  createTranslator({ locale: INTL_TAG[locale], messages: MESSAGES[locale] as typeof en, timeZone: "Europe/Belgrade" });
export type T = ReturnType<typeof baseTranslator>;

// A translator for any code (pages, PDFs, calendar files, tests): t("ns.key", values).
// One per language for the life of the process: a translator keeps the messages it has
// parsed and the Intl formatters it has built, which a new one per request would redo
// (the profile of a case page showed ~1/10 of its time there). Messages and the time
// zone are constants, so sharing holds no request's state.
const translators = new Map<Locale, T>();
export function translator(locale: Locale): T {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = remembered(baseTranslator(locale))));
  return t;
}

// Most calls name a key and nothing else (a label, a heading), and such a call always gives
// the same text; use-intl still works out a cache key (JSON of its arguments) and merges
// its formats on each one: the profile of the prepare step's payload put use-intl's work at
// ~6% of its CPU. So the text of a key without values is kept after its first call (at most
// one per message key and language; exported for its test).
export function remembered(base: T): T {
  const texts = new Map<string, string>();
  const call = base as unknown as (key: string, values?: unknown, formats?: unknown) => string;
  const t = (key: string, values?: unknown, formats?: unknown) => {
    if (values !== undefined || formats !== undefined) return call(key, values, formats);
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = call(key)));
    return text;
  };
  return Object.assign(t, { rich: base.rich, markup: base.markup, raw: base.raw, has: base.has }) as unknown as T;
}

// For keys built at run time (checklist items, events): checked by tests instead of types.
export type LooseT = (key: string, values?: Record<string, string | number | Date>) => string;
export function loose(t: T): LooseT {
  return t as unknown as LooseT;
}

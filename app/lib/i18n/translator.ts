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

const make = (locale: Locale) => createTranslator({ locale: INTL_TAG[locale], messages: MESSAGES[locale] as typeof en, timeZone: "Europe/Belgrade" });
export type T = ReturnType<typeof make>;

// A translator for any code (pages, PDFs, calendar files, tests): t("ns.key", values).
// One per language for the life of the process: a translator keeps the messages it has
// parsed and the Intl formatters it has built, which a new one per request would redo
// (the profile of a case page showed ~1/10 of its time there). Messages and the time
// zone are constants, so sharing holds no request's state.
const translators = new Map<Locale, T>();
export function translator(locale: Locale): T {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = make(locale)));
  return t;
}
// For keys built at run time (checklist items, events): checked by tests instead of types.
export type LooseT = (key: string, values?: Record<string, string | number | Date>) => string;
export function loose(t: T): LooseT {
  return t as unknown as LooseT;
}

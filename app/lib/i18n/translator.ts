import { createTranslator } from "use-intl/core";
import en from "./messages/en";
import zhHans from "./messages/zh-Hans";
import srLatn from "./messages/sr-Latn";
import { INTL_TAG, type Locale } from "./locales";
import type { Messages } from "./types";

export const MESSAGES: Record<Locale, Messages> = { en, "zh-Hans": zhHans, "sr-Latn": srLatn };

// A translator for any code (pages, PDFs, calendar files, tests): t("ns.key", values).
export function translator(locale: Locale) {
  return createTranslator({ locale: INTL_TAG[locale], messages: MESSAGES[locale] as typeof en, timeZone: "Europe/Belgrade" });
}
export type T = ReturnType<typeof translator>;
// For keys built at run time (checklist items, events): checked by tests instead of types.
export type LooseT = (key: string, values?: Record<string, string | number | Date>) => string;
export function loose(t: T): LooseT {
  return t as unknown as LooseT;
}

import type { Locale } from "@/app/lib/i18n/locales";
import type { T } from "@/app/lib/i18n/translator";

// Every document Odjava writes for the operator (the letter, the power of attorney, the
// shop sheet, the follow-up, the bill complaint) has one shape: the Serbian text, which is
// what the operator reads, and beneath it the same in the person's language.
export type Bilingual<D> = { sr: D; translation: D | null };

// A Serbian reader gets the Serbian text alone: a translation would repeat it. The one
// place this is decided.
export function translatorFor(t: T, locale: Locale): T | null {
  return locale === "sr-Latn" || locale === "sr-Cyrl" ? null : t;
}

export function bilingual<D>(sr: D, t: T | null, translate: (t: T) => D): Bilingual<D> {
  return { sr, translation: t ? translate(t) : null };
}

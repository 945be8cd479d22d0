import { toCyrillic } from "@/app/lib/i18n/cyrillic";
import type { Locale } from "@/app/lib/i18n/locales";
import type { Bilingual } from "@/app/lib/documents/bilingual";

// The script of a document's Serbian text. Operators read both; the person picks. The
// documents are written in Latin (documents/*.ts) and turned to Cyrillic here, so the two
// never differ in content. The choice is not stored: it is the document link's `?script=`,
// and without one the script of the person's language (Cyrillic for sr-Cyrl, else Latin).
export const SCRIPTS = ["latn", "cyrl"] as const;
export type SerbianScript = (typeof SCRIPTS)[number];

export function defaultScript(locale: Locale): SerbianScript {
  return locale === "sr-Cyrl" ? "cyrl" : "latn";
}

// `?script=cyrl|latn` of a document's URL; anything else is the language's default.
export function scriptFrom(url: string, locale: Locale): SerbianScript {
  const asked = new URL(url).searchParams.get("script");
  return (SCRIPTS as readonly (string | null)[]).includes(asked) ? (asked as SerbianScript) : defaultScript(locale);
}

// The lang attribute of Serbian text in that script.
export function serbianLang(script: SerbianScript): string {
  return script === "cyrl" ? "sr-Cyrl" : "sr-Latn";
}

// A converter for the Serbian side. `keep`: what the person typed (a name, a place, a
// reference), which stays as written.
export function serbianIn(script: SerbianScript, keep: readonly (string | null | undefined)[]): (latin: string) => string {
  return script === "cyrl" ? (s) => toCyrillic(s, keep) : (s) => s;
}

function deep<D>(value: D, f: (s: string) => string): D {
  if (typeof value === "string") return f(value) as D;
  if (Array.isArray(value)) return value.map((v) => deep(v, f)) as D;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v, f)])) as D;
  return value;
}

// A bilingual document with its Serbian text in `script`; the translation is untouched.
export function inScript<D>(doc: Bilingual<D>, script: SerbianScript, keep: readonly (string | null | undefined)[]): Bilingual<D> {
  return script === "latn" ? doc : { sr: deep(doc.sr, serbianIn(script, keep)), translation: doc.translation };
}

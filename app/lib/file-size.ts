import type { Locale } from "@/app/lib/i18n/locales";
import { INTL_TAG } from "@/app/lib/i18n/locales";
import { kept } from "@/app/lib/dates";

// A file's size for people: "3.4 MB", "820 kB" (decimal units, as phones and file
// managers show them), in the person's language.
export function formatFileSize(bytes: number, locale: Locale = "en"): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, "megabyte"] : [Math.max(bytes, 1) / 1000, "kilobyte"];
  return kept(`${unit} ${locale}`, () => new Intl.NumberFormat(INTL_TAG[locale], { style: "unit", unit, maximumFractionDigits: 1 })).format(value);
}

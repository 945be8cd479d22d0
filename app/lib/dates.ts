import { INTL_TAG, type Locale } from "@/app/lib/i18n/locales";

// Dates as people in Serbia live them: shown in Belgrade time, whatever the server's zone,
// in the person's language.
const TIME_ZONE = "Europe/Belgrade";

// Building an Intl formatter costs far more than using one, and pages format dozens of
// dates: one formatter per language and style, kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
export function kept<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = build()));
  return f;
}

export function formatDateTime(d: Date, locale: Locale = "en"): string {
  return kept(`dateTime ${locale}`, () => new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE })).format(
    d,
  );
}

// A calendar date "YYYY-MM-DD" (no time zone) for display.
export function formatCalendarDate(isoDate: string, locale: Locale = "en"): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  return kept(`date ${locale}`, () => new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "long", timeZone: "UTC" })).format(d);
}

// "2026-11-25" -> "25.11.2026.", as dates are written in Serbian letters.
export function formatSerbianDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return `${d}.${m}.${y}.`;
}

import { HTML_LANG, LOCALES, LOCALE_NAMES, type Locale } from "@/app/lib/i18n/locales";

// The same public page in each language: plain links (a prerendered page sets no cookie).
export function LanguageLinks({ current, pathIn, label }: { current: Locale; pathIn: (locale: Locale) => string; label: string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1 text-sm">
      {LOCALES.map((l) =>
        l === current ? (
          <span
            key={l}
            lang={HTML_LANG[l]}
            aria-current="page"
            className="inline-flex min-h-9 items-center rounded-md bg-slate-900 px-2 font-semibold text-white"
          >
            {LOCALE_NAMES[l]}
          </span>
        ) : (
          <a
            key={l}
            href={pathIn(l)}
            lang={HTML_LANG[l]}
            hrefLang={HTML_LANG[l]}
            className="inline-flex min-h-9 items-center rounded-md px-2 text-slate-700 underline hover:bg-slate-100"
          >
            {LOCALE_NAMES[l]}
          </a>
        ),
      )}
    </nav>
  );
}

import { setLocaleAction } from "@/app/lib/account/actions";
import { LOCALES, LOCALE_NAMES, HTML_LANG, type Locale } from "@/app/lib/i18n/locales";

// Three buttons, each language named in itself; works without JavaScript.
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  return (
    <form action={setLocaleAction} aria-label={label} className="flex items-center gap-1">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={HTML_LANG[l]}
          aria-pressed={l === current}
          className={`min-h-9 rounded-md px-2 text-sm ${l === current ? "bg-slate-900 font-semibold text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </form>
  );
}

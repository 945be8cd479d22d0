import { Fragment } from "react";
import type { Fact, Msg, Source } from "@/app/lib/playbook/facts";
import { formatCalendarDate } from "@/app/lib/dates";
import { text } from "@/app/lib/labels";
import type { T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

// The person's language, as server components need it: the translator and the locale.
export type Lang = { t: T; locale: Locale };

// Each page a fact rests on, named by its site; a site named twice gets a number, so every
// link says which one it is.
export function sourceLinks(source: Source): { url: string; label: string }[] {
  const seen = new Map<string, number>();
  return [source.url, ...(source.also ?? [])].map((url) => {
    const host = hostOf(url);
    const n = (seen.get(host) ?? 0) + 1;
    seen.set(host, n);
    return { url, label: n === 1 ? host : `${host} (${n})` };
  });
}

// A fact with where it came from. Unverified facts show no value, only that they are not
// verified; secondary ones ask the person to confirm with the operator.
export function FactSource({ fact, lang }: { fact: Fact<unknown>; lang: Lang }) {
  if (fact.status === "unverified") return null;
  const { t, locale } = lang;
  return (
    <span className="block text-xs text-slate-600">
      {t("facts.source")}{" "}
      {sourceLinks(fact.source).map((link, i) => (
        <Fragment key={link.url}>
          {i > 0 && ", "}
          <a href={link.url} className="underline" rel="noopener noreferrer" target="_blank">
            {link.label}
          </a>
        </Fragment>
      ))}
      , {t("facts.checked", { date: formatCalendarDate(fact.source.checked, locale) })}
      {fact.status === "secondary" && <strong className="font-semibold text-amber-800"> · {t("facts.secondary")}</strong>}
      {fact.source.note && <span className="block">{text(t, fact.source.note, locale)}</span>}
    </span>
  );
}

// `confirm` says whom to ask about an unverified fact: the operator, unless the fact is
// about another service (a bank, an app).
export function FactText<V>({ fact, lang, render, confirm }: { fact: Fact<V>; lang: Lang; render?: (value: V) => React.ReactNode; confirm?: string }) {
  if (fact.status === "unverified") {
    return (
      <span className="text-amber-900">
        <strong>{lang.t("facts.notVerified")}</strong> {text(lang.t, fact.note, lang.locale)} {confirm ?? lang.t("facts.confirm")}
      </span>
    );
  }
  const value = fact.value;
  const shown = render ? render(value) : isMsg(value) ? text(lang.t, value, lang.locale) : String(value);
  return (
    <>
      {shown}
      <FactSource fact={fact} lang={lang} />
    </>
  );
}

function isMsg(v: unknown): v is Msg {
  return !!v && typeof v === "object" && "msg" in v;
}

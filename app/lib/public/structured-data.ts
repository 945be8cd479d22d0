import type { Locale } from "@/app/lib/i18n/locales";
import type { T } from "@/app/lib/i18n/translator";
import { HTML_LANG } from "@/app/lib/i18n/locales";
import { operatorById } from "@/app/lib/playbook/operators";
import { guideSteps } from "@/app/lib/playbook/guide";
import { itemLabel, stepTitle } from "@/app/lib/labels";
import { todayInBelgrade } from "@/app/lib/calendar";
import { publicUrl } from "@/app/lib/net/public-url";
import { guidePath, type GuideOperator } from "@/app/lib/public/paths";

// A guide as schema.org HowTo (the postpaid path, the longer of the two): each step named
// by its title, its items as the step's text. JSON in a <script type="application/ld+json">,
// which browsers never run; "<" is escaped so no text can close the element.
export function howToJsonLd(operator: GuideOperator, locale: Locale, t: T): string {
  const name = operatorById(operator).name;
  const url = `${publicUrl()}${guidePath(locale, operator)}`;
  const data = {
    "@context": "https://schema.org",
    "@type": "HowTo",
    name: t("guide.title", { operator: name }),
    description: t("guide.description", { operator: name }),
    inLanguage: HTML_LANG[locale],
    url,
    step: guideSteps(operator, "postpaid", todayInBelgrade()).map((s, i) => ({
      "@type": "HowToStep",
      position: i + 1,
      name: stepTitle(t, s.id),
      text: [...s.items, ...s.byChannel.flatMap((c) => c.items)].map((key) => itemLabel(t, { key }, { idDocument: null })).join(" · "),
      url: `${url}#postpaid-${s.id}`,
    })),
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/app/lib/i18n/locales";
import { translator } from "@/app/lib/i18n/translator";
import { operatorById } from "@/app/lib/playbook/operators";
import { GUIDE_OPERATORS } from "@/app/lib/playbook/guide";
import { alternatesOf, guidePath, guidesPath } from "@/app/lib/public/paths";
import { LanguageLinks } from "@/app/ui/guide/language-links";
import { Note } from "@/app/ui/section";

// Every operator's guide, in one language (prerendered).

type Params = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = translator(lang);
  const alternates = alternatesOf(guidesPath, lang);
  const [title, description] = [t("guide.indexTitle"), t("guide.indexDescription")];
  return { title, description, alternates, openGraph: { title, description, url: alternates.canonical, type: "website", siteName: "Odjava", locale: lang } };
}

export default async function GuidesPage({ params }: Params) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = translator(lang);
  return (
    <div className="space-y-5">
      <LanguageLinks current={lang} pathIn={guidesPath} label={t("guide.languages")} />
      <h1 className="text-3xl font-bold leading-tight">{t("guide.indexTitle")}</h1>
      <p className="text-lg text-slate-700">{t("guide.indexIntro")}</p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {GUIDE_OPERATORS.map((id) => {
          const o = operatorById(id);
          return (
            <li key={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <a href={guidePath(lang, id)} className="text-lg font-semibold text-brand-700 underline">
                {t("guide.title", { operator: o.name })}
              </a>
              {o.formerly && <p className="text-sm text-slate-600">{t("home.formerly", { name: o.formerly })}</p>}
            </li>
          );
        })}
      </ul>
      <Note tone="info">{t("guide.otherOperator")}</Note>
    </div>
  );
}

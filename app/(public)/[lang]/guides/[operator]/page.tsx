import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/app/lib/i18n/locales";
import { translator } from "@/app/lib/i18n/translator";
import { operatorById } from "@/app/lib/playbook/operators";
import { GUIDE_OPERATORS } from "@/app/lib/playbook/guide";
import { alternatesOf, guidePath, type GuideOperator } from "@/app/lib/public/paths";
import { OperatorGuide } from "@/app/ui/guide/operator-guide";
import { howToJsonLd } from "@/app/lib/public/structured-data";
import { isOneOf } from "@/app/lib/vocabulary";

// One operator's public guide, in one language: prerendered for every language and
// operator at build time (generateStaticParams); any other operator is a 404.

export function generateStaticParams() {
  return GUIDE_OPERATORS.map((operator) => ({ operator }));
}
export const dynamicParams = false;

type Params = { params: Promise<{ lang: string; operator: string }> };

async function read(params: Params["params"]): Promise<{ locale: Locale; operator: GuideOperator }> {
  const { lang, operator } = await params;
  if (!isLocale(lang) || !isOneOf(GUIDE_OPERATORS, operator)) notFound();
  return { locale: lang, operator };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, operator } = await read(params);
  const t = translator(locale);
  const name = operatorById(operator).name;
  const title = t("guide.title", { operator: name });
  const description = t("guide.description", { operator: name });
  const alternates = alternatesOf((l) => guidePath(l, operator), locale);
  return { title, description, alternates, openGraph: { title, description, url: alternates.canonical, type: "article", siteName: "Odjava", locale } };
}

export default async function GuidePage({ params }: Params) {
  const { locale, operator } = await read(params);
  const t = translator(locale);
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: howToJsonLd(operator, locale, t) }} />
      <OperatorGuide operator={operator} lang={{ t, locale }} />
    </>
  );
}

import type { Metadata } from "next";
import { requireUser } from "../lib/auth";
import { getLocale, getT } from "../lib/i18n/server";
import { LanguageSwitcher } from "../ui/language-switcher";
import { Section } from "../ui/steps/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("accountPage.heading") };
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("accountPage.heading")}</h1>
      <p>{t("accountPage.signedInAs", { email: user.email })}</p>
      <Section title={t("accountPage.languageHeading")}>
        <p className="mb-3 text-sm text-slate-700">{t("accountPage.languageHint")}</p>
        <LanguageSwitcher current={locale} label={t("accountPage.languageHeading")} />
      </Section>
    </div>
  );
}

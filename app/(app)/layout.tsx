import type { Metadata, Viewport } from "next";
import "@/app/globals.css";
import { currentUser } from "@/app/lib/auth/session";
import { getLocale, getT } from "@/app/lib/i18n/server";
import { HTML_LANG } from "@/app/lib/i18n/locales";
import { SignOutButton } from "@/app/ui/sign-out-button";
import { LanguageSwitcher } from "@/app/ui/language-switcher";
import { NAV_LINK, PageShell, SignedOutNav } from "@/app/ui/page-shell";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: { default: t("meta.title"), template: "%s · Odjava" }, description: t("meta.description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [user, locale, t] = await Promise.all([currentUser(), getLocale(), getT()]);
  const nav = user ? (
    <>
      <a href="/cases" className={NAV_LINK}>
        {t("common.myCases")}
      </a>
      <a href="/account" className={NAV_LINK}>
        {t("common.account")}
      </a>
      <SignOutButton label={t("common.signOut")} />
    </>
  ) : (
    <SignedOutNav t={t} />
  );
  return (
    <html lang={HTML_LANG[locale]}>
      <PageShell t={t} nav={nav} aside={<LanguageSwitcher current={locale} label={t("common.language")} />}>
        {children}
      </PageShell>
    </html>
  );
}

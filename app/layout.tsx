import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "@/app/globals.css";
import { currentUser } from "@/app/lib/auth/session";
import { getLocale, getT } from "@/app/lib/i18n/server";
import { HTML_LANG } from "@/app/lib/i18n/locales";
import { SignOutButton } from "@/app/ui/sign-out-button";
import { LanguageSwitcher } from "@/app/ui/language-switcher";
import { ServiceWorker } from "@/app/ui/service-worker";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: { default: t("meta.title"), template: "%s · Odjava" }, description: t("meta.description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const NAV_LINK = "font-medium text-brand-700 underline-offset-4 hover:underline";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [user, locale, t] = await Promise.all([currentUser(), getLocale(), getT()]);
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <ServiceWorker />
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
          {t("common.skipToContent")}
        </a>
        <header className="border-b border-slate-200 bg-white print:hidden">
          <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-brand-700">
              Odjava
            </Link>
            <nav aria-label={t("common.mainNav")} className="flex flex-wrap items-center gap-3 text-sm">
              {user ? (
                <>
                  <Link href="/cases" className={NAV_LINK}>
                    {t("common.myCases")}
                  </Link>
                  <Link href="/account" className={NAV_LINK}>
                    {t("common.account")}
                  </Link>
                  <SignOutButton label={t("common.signOut")} />
                </>
              ) : (
                <>
                  <Link href="/sign-in" className={NAV_LINK}>
                    {t("common.signIn")}
                  </Link>
                  <Link href="/sign-up" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
                    {t("common.signUp")}
                  </Link>
                </>
              )}
            </nav>
            <LanguageSwitcher current={locale} label={t("common.language")} />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}

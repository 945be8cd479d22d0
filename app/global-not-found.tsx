import type { Metadata } from "next";
import "@/app/globals.css";
import { HTML_LANG } from "@/app/lib/i18n/locales";
import { getLocale, getT } from "@/app/lib/i18n/server";
import { guidesPath } from "@/app/lib/public/paths";

// An address that matches no page. The signed-in app and the public guides each have a
// root layout of their own (app/(app), app/(public)/[lang]), so this page has its own
// <html>, in the reader's language (account, cookie, browser).

export const metadata: Metadata = { title: "404 · Odjava", robots: { index: false } };

export default async function GlobalNotFound() {
  const [locale, t] = await Promise.all([getLocale(), getT()]);
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto max-w-3xl px-4 py-3">
            <a href="/" className="text-lg font-bold text-brand-700">
              Odjava
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-10 text-center">
          <h1 className="text-2xl font-bold">{t("notFound.heading")}</h1>
          <p className="mt-2 text-slate-700">{t("notFound.text")}</p>
          <p className="mt-4 flex flex-wrap justify-center gap-4">
            <a href="/cases" className="font-medium text-brand-700 underline">
              {t("notFound.back")}
            </a>
            <a href={guidesPath(locale)} className="font-medium text-brand-700 underline">
              {t("guide.indexTitle")}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}

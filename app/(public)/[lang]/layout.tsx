import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import "@/app/globals.css";
import { HTML_LANG, LOCALES, isLocale } from "@/app/lib/i18n/locales";
import { translator } from "@/app/lib/i18n/translator";
import { publicUrl } from "@/app/lib/net/public-url";
import { PageShell, SignedOutNav } from "@/app/ui/page-shell";

// The root layout of the public pages (guides): the language is the URL's first segment,
// nothing depends on the request (no cookie, no session), so every page under it is
// prerendered at build time and served as a file. The signed-in app has its own root
// layout (app/(app)/layout.tsx).

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = translator(lang);
  return { metadataBase: new URL(publicUrl()), title: { default: t("meta.title"), template: "%s · Odjava" }, description: t("meta.description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = translator(lang);
  return (
    <html lang={HTML_LANG[lang]}>
      {/* A prerendered page cannot know who is signed in: sign-in and sign-up pass a
          signed-in person straight on to their cases. */}
      <PageShell t={t} nav={<SignedOutNav t={t} next="/cases" />}>
        {children}
      </PageShell>
    </html>
  );
}

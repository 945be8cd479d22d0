import type { T } from "@/app/lib/i18n/translator";
import { ServiceWorker } from "@/app/ui/service-worker";

export const NAV_LINK = "font-medium text-brand-700 underline-offset-4 hover:underline";

// The body every page shares, in the signed-in app and on the public guides alike: a skip
// link, the header (the name, the navigation, and beside it what the layout adds, such as
// the language switcher) and the main part.
export function PageShell({ t, nav, aside, children }: { t: T; nav: React.ReactNode; aside?: React.ReactNode; children: React.ReactNode }) {
  return (
    <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
      <ServiceWorker />
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
        {t("common.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <a href="/" className="text-lg font-bold text-brand-700">
            Odjava
          </a>
          <nav aria-label={t("common.mainNav")} className="flex flex-wrap items-center gap-3 text-sm">
            {nav}
          </nav>
          {aside}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        {children}
      </main>
    </body>
  );
}

// Sign in and sign up, for someone not signed in; `next`: where to go afterwards (both
// pages pass a signed-in person straight on to it).
export function SignedOutNav({ t, next }: { t: T; next?: string }) {
  const query = next ? `?${new URLSearchParams({ next })}` : "";
  return (
    <>
      <a href={`/sign-in${query}`} className={NAV_LINK}>
        {t("common.signIn")}
      </a>
      <a href={`/sign-up${query}`} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
        {t("common.signUp")}
      </a>
    </>
  );
}

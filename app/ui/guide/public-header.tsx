import Link from "next/link";
import type { T } from "@/app/lib/i18n/translator";

const NAV_LINK = "font-medium text-brand-700 underline-offset-4 hover:underline";

// The public pages' header: the same for everyone (a prerendered page cannot know who is
// signed in); sign-in and sign-up pass a signed-in person straight on to their cases.
export function PublicHeader({ t }: { t: T }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-700">
          Odjava
        </Link>
        <nav aria-label={t("common.mainNav")} className="flex flex-wrap items-center gap-3 text-sm">
          <Link href="/sign-in?next=/cases" className={NAV_LINK}>
            {t("common.signIn")}
          </Link>
          <Link href="/sign-up?next=/cases" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
            {t("common.signUp")}
          </Link>
        </nav>
      </div>
    </header>
  );
}

import type { Metadata } from "next";
import { getT } from "@/app/lib/i18n/server";
import { Note } from "@/app/ui/section";
import { linkButtonClass } from "@/app/ui/field";

export async function generateMetadata({ searchParams }: { searchParams: Promise<{ ok?: string }> }): Promise<Metadata> {
  const t = await getT();
  return { title: (await searchParams).ok === "1" ? t("emailPages.verifiedHeading") : t("emailPages.invalidHeading") };
}

// Where a confirmation link leads (app/email/verify/route.ts).
export default async function VerifiedPage({ searchParams }: { searchParams: Promise<{ ok?: string }> }) {
  const ok = (await searchParams).ok === "1";
  const t = await getT();
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{ok ? t("emailPages.verifiedHeading") : t("emailPages.invalidHeading")}</h1>
      <Note tone={ok ? "ok" : "warn"}>{ok ? t("emailPages.verifiedText") : t("emailPages.invalidText")}</Note>
      <a href={ok ? "/cases" : "/account"} className={linkButtonClass}>
        {ok ? t("emailPages.toCases") : t("accountPage.heading")}
      </a>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthForm } from "@/app/ui/auth-form";
import { signUpAction } from "@/app/lib/account/sign-in-actions";
import { currentUser, safeReturnPath } from "@/app/lib/auth/session";
import { getT } from "@/app/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("common.signUp") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  const t = await getT();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">{t("auth.signUpHeading")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("auth.signUpIntro")}</p>
      <AuthForm
        action={signUpAction}
        labels={{ email: t("auth.email"), password: t("auth.password"), passwordHint: t("auth.passwordHint"), submit: t("common.signUp"), pending: t("auth.creatingAccount") }}
        next={next}
        newPassword
      />
      <p className="mt-4 text-sm">
        {t("auth.haveAccount")}{" "}
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-medium text-brand-700 underline">
          {t("common.signIn")}
        </Link>
      </p>
    </div>
  );
}

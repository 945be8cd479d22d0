import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthForm } from "@/app/ui/auth-form";
import { signInAction } from "@/app/lib/account/sign-in-actions";
import { currentUser, safeReturnPath } from "@/app/lib/auth/session";
import { getT } from "@/app/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.signInHeading") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  const t = await getT();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">{t("auth.signInHeading")}</h1>
      <AuthForm
        action={signInAction}
        labels={{ email: t("auth.email"), password: t("auth.password"), passwordHint: t("auth.passwordHint"), submit: t("common.signIn"), pending: t("auth.signingIn") }}
        next={next}
        newPassword={false}
      />
      <p className="mt-4 text-sm">
        {t("auth.newHere")}{" "}
        <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="font-medium text-brand-700 underline">
          {t("auth.createAccount")}
        </Link>
      </p>
    </div>
  );
}

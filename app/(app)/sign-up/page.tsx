import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthPage } from "@/app/ui/auth-page";
import { signUpAction } from "@/app/lib/account/sign-in-actions";
import { currentUser } from "@/app/lib/auth/session";
import { safeReturnPath } from "@/app/lib/validation";
import { getT } from "@/app/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("common.signUp") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  return <AuthPage t={await getT()} kind="sign-up" action={signUpAction} next={next} />;
}

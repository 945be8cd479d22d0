import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthPage } from "@/app/ui/auth-page";
import { signInAction } from "@/app/lib/account/sign-in-actions";
import { currentUser } from "@/app/lib/auth/session";
import { safeReturnPath } from "@/app/lib/validation";
import { getT } from "@/app/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.signInHeading") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  return <AuthPage t={await getT()} kind="sign-in" action={signInAction} next={next} />;
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthForm } from "../ui/auth-form";
import { signUpAction } from "../lib/auth-actions";
import { currentUser, safeReturnPath } from "../lib/auth";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">Create your account</h1>
      <p className="mb-4 text-sm text-slate-600">Your cases are saved to it, so you can stop and continue on any device.</p>
      <AuthForm action={signUpAction} submitLabel="Sign up" pendingLabel="Creating account…" next={next} newPassword />
      <p className="mt-4 text-sm">
        Already have an account?{" "}
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}

"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { checkSignIn, clearFailures, recordFailure } from "@/app/lib/auth/throttle";
import { signIn, signOut } from "@/app/lib/auth/session";
import { safeReturnPath } from "@/app/lib/validation";
import { hashPassword } from "@/app/lib/auth/passwords";
import { SignInSchema, SignUpSchema } from "@/app/lib/auth/schemas";
import { visitorForm } from "@/app/lib/wrappers/action";
import type { FormState } from "@/app/lib/wrappers/form-state";
import type { T } from "@/app/lib/i18n/translator";
import { createAccount } from "@/app/lib/account/data";

// The client's address as the server saw it (the first proxy hop when behind one).
async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}

async function signInOrError(t: T, email: string, password: string, next: unknown): Promise<FormState> {
  const ip = await clientIp();
  const now = new Date();
  const throttle = await checkSignIn(email, ip, now);
  if (!throttle.allowed) return { ok: false, formError: t("errors.throttled", { minutes: throttle.retryAfterMinutes }) };
  try {
    // On success this throws Next's redirect; on a wrong password, Auth.js's error.
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(next) });
  } catch (error) {
    if (error instanceof AuthError) {
      await recordFailure(email, ip, now);
      return { ok: false, formError: t("errors.wrongCredentials") };
    }
    await clearFailures(email);
    throw error;
  }
  return { ok: true };
}

export const signUpAction = visitorForm(SignUpSchema, async ({ email, password }, { t, locale, formData, values }) => {
  const created = await createAccount(email, await hashPassword(password), locale);
  if (!created.ok) return { ok: false, fieldErrors: { email: t("errors.emailTaken") }, values };
  return { ...(await signInOrError(t, email, password, formData.get("next"))), values };
});

export const signInAction = visitorForm(SignInSchema, async ({ email, password }, { t, formData, values }) => {
  return { ...(await signInOrError(t, email, password, formData.get("next"))), values };
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

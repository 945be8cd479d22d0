"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { checkSignIn, clearFailures, recordFailure } from "./throttle";
import { db } from "./db";
import { signIn, signOut, safeReturnPath } from "./auth";
import { hashPassword } from "./passwords";
import { SignInSchema, SignUpSchema } from "./cases/schemas";
import { fieldErrorsOf, formValues, type FormState } from "./form-state";
import { getLocale, getT } from "./i18n/server";

// The client's address as the server saw it (the first proxy hop when behind one).
async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}

async function signInOrError(email: string, password: string, next: unknown): Promise<FormState | never> {
  const t = await getT();
  const ip = await clientIp();
  const throttle = await checkSignIn(email, ip);
  if (!throttle.allowed) return { ok: false, formError: t("errors.throttled", { minutes: throttle.retryAfterMinutes }) };
  try {
    // On success this throws Next's redirect; on a wrong password, Auth.js's error.
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(next) });
  } catch (error) {
    if (error instanceof AuthError) {
      await recordFailure(email, ip);
      return { ok: false, formError: t("errors.wrongCredentials") };
    }
    await clearFailures(email);
    throw error;
  }
  return { ok: true };
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = await getT();
  const values = formValues(formData, ["email"]);
  const parsed = SignUpSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, t), values };
  const { email, password } = parsed.data;

  const exists = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (exists) return { ok: false, fieldErrors: { email: t("errors.emailTaken") }, values };
  const locale = await getLocale();
  try {
    await db.user.create({ data: { email, passwordHash: await hashPassword(password), locale } });
  } catch {
    // Two sign-ups with one address at the same moment: the unique index keeps one.
    return { ok: false, fieldErrors: { email: t("errors.emailTaken") }, values };
  }
  return { ...(await signInOrError(email, password, formData.get("next"))), values };
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = SignInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, await getT()), values };
  return { ...(await signInOrError(parsed.data.email, parsed.data.password, formData.get("next"))), values };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

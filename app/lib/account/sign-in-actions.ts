"use server";
import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { endCurrentSession } from "@/app/lib/auth/session";
import { PasswordsBusy, hashPassword, passwordsBusy, verifyPassword } from "@/app/lib/auth/passwords";
import { SignInSchema, SignUpSchema } from "@/app/lib/auth/schemas";
import { clear, refund, reserve, type Throttle } from "@/app/lib/auth/throttle";
import { signInCounters, signUpCounter } from "@/app/lib/auth/attempts";
import { DEVICE_COOKIE, deviceIdFor } from "@/app/lib/auth/device-cookie";
import { clientAddress, trustedHops } from "@/app/lib/net/client-address";
import { visitorForm } from "@/app/lib/wrappers/action";
import type { FormState } from "@/app/lib/wrappers/form-state";
import type { T } from "@/app/lib/i18n/translator";
import { createAccount, credentialsFor } from "@/app/lib/account/data";
import { enter } from "@/app/lib/account/enter";
import { sendVerification } from "@/app/lib/account/mails";

// Sign-up and sign-in. Every attempt is counted (app/lib/auth/attempts.ts) before its
// password is hashed or checked, so a burst cannot outrun the limits.

function refused(t: T, throttle: Exclude<Throttle, { allowed: true }>): FormState {
  const seconds = throttle.retryAfterSeconds;
  return { ok: false, formError: seconds < 60 ? t("errors.throttledSeconds", { seconds }) : t("errors.throttled", { minutes: Math.ceil(seconds / 60) }) };
}

const busy = (t: T): FormState => ({ ok: false, formError: t("errors.busy") });

export const signUpAction = visitorForm(SignUpSchema, async ({ email, password }, { t, locale, formData, values }) => {
  const now = new Date();
  if (passwordsBusy()) return { ...busy(t), values };
  const counter = signUpCounter(clientAddress(await headers(), trustedHops()));
  const throttle = await reserve([counter], now);
  if (!throttle.allowed) return { ok: false, formError: t("errors.signUpThrottled", { minutes: Math.ceil(throttle.retryAfterSeconds / 60) }), values };
  let passwordHash: string;
  try {
    passwordHash = await hashPassword(password);
  } catch (error) {
    if (!(error instanceof PasswordsBusy)) throw error;
    await refund([counter]);
    return { ...busy(t), values };
  }
  const created = await createAccount(email, passwordHash, locale);
  if (!created.ok) return { ok: false, fieldErrors: { email: t("errors.emailTaken") }, values };
  // The confirmation mail goes after the answer: a slow mail server never slows sign-up.
  after(() => sendVerification({ id: created.id, email, locale }, new Date()));
  return enter({ id: created.id, email }, formData.get("next"), now);
});

export const signInAction = visitorForm(SignInSchema, async ({ email, password }, { t, formData, values }) => {
  const now = new Date();
  if (passwordsBusy()) return { ...busy(t), values };
  const device = deviceIdFor((await cookies()).get(DEVICE_COOKIE)?.value, email);
  const counters = signInCounters(email, clientAddress(await headers(), trustedHops()), device);
  const all = [counters.client, ...counters.account];
  const throttle = await reserve(all, now);
  if (!throttle.allowed) return { ...refused(t, throttle), values };
  const account = await credentialsFor(email);
  let ok: boolean;
  try {
    ok = await verifyPassword(account?.passwordHash ?? null, password);
  } catch (error) {
    if (!(error instanceof PasswordsBusy)) throw error;
    await refund(all);
    return { ...busy(t), values };
  }
  if (!account || !ok) return { ok: false, formError: t("errors.wrongCredentials"), values };
  // The right password: what wrong guesses counted against the account is forgotten, and
  // the client's attempt is given back (only failures should use up an address's limit).
  await Promise.all([clear(counters.account), refund([counters.client])]);
  return enter(account, formData.get("next"), now);
});

export async function signOutAction(): Promise<void> {
  await endCurrentSession("/");
}

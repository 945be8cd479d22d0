"use server";
import { after } from "next/server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { PasswordsBusy, hashPassword, passwordsBusy } from "@/app/lib/auth/passwords";
import { ChangeEmailSchema, ForgotPasswordSchema, ResetPasswordSchema } from "@/app/lib/auth/schemas";
import { reserve, type Throttle } from "@/app/lib/auth/throttle";
import { mailCounter, resetClientCounter } from "@/app/lib/auth/attempts";
import { clientAddress, trustedHops } from "@/app/lib/net/client-address";
import { userForm, visitorForm } from "@/app/lib/wrappers/action";
import type { FormState } from "@/app/lib/wrappers/form-state";
import type { T } from "@/app/lib/i18n/translator";
import { changeEmail, mailTarget, mailTargetByEmail, resetPassword } from "@/app/lib/account/data";
import { consumeToken } from "@/app/lib/account/email-tokens";
import { sendEmailChanged, sendPasswordChanged, sendPasswordReset, sendVerification } from "@/app/lib/account/mails";
import { recheckPassword } from "@/app/lib/account/recheck";
import { enter } from "@/app/lib/account/enter";

// The e-mail side of an account: the confirmation link again, a new address, and a
// forgotten password. Mails are sent after the answer (next/server's after), so the
// answer never waits for a mail server and takes the same time whether an account
// exists or not.

const tooMany = (t: T, throttle: Exclude<Throttle, { allowed: true }>): FormState => ({
  ok: false,
  formError: t("errors.tooManyMails", { minutes: Math.ceil(throttle.retryAfterSeconds / 60) }),
});

export const resendVerificationAction = userForm(z.object({}), async (_input, { user, t, clock }) => {
  const account = await mailTarget(user.id);
  if (!account || account.emailVerifiedAt) return { ok: true };
  const throttle = await reserve([mailCounter(account.email)], clock.now);
  if (!throttle.allowed) return tooMany(t, throttle);
  after(() => sendVerification(account, new Date()));
  return { ok: true };
});

export const changeEmailAction = userForm(ChangeEmailSchema, async ({ email, password }, ctx) => {
  const { user, t, values } = ctx;
  const refused = await recheckPassword(password, "password", ctx);
  if (refused) return { ...refused, values };
  if (email === user.email) return { ok: true };
  const changed = await changeEmail(user.id, email);
  if (!changed.ok) return { ok: false, fieldErrors: { email: t("errors.emailTaken") }, values };
  const account = { id: user.id, email, locale: user.locale };
  after(async () => {
    await sendVerification(account, new Date());
    await sendEmailChanged(account, changed.previous, new Date());
  });
  revalidatePath("/account");
  return { ok: true };
});

export const forgotPasswordAction = visitorForm(ForgotPasswordSchema, async ({ email }, { t, values }) => {
  const now = new Date();
  const throttle = await reserve([mailCounter(email), resetClientCounter(clientAddress(await headers(), trustedHops()))], now);
  if (!throttle.allowed) return { ...tooMany(t, throttle), values };
  const account = await mailTargetByEmail(email);
  if (account) after(() => sendPasswordReset(account, new Date()));
  return { ok: true, values };
});

export const resetPasswordAction = visitorForm(ResetPasswordSchema, async ({ token, password }, { t }) => {
  const now = new Date();
  if (passwordsBusy()) return { ok: false, formError: t("errors.busy") };
  let passwordHash: string;
  try {
    // Hashed before the link is used up, so a busy server leaves the link working.
    passwordHash = await hashPassword(password);
  } catch (error) {
    if (error instanceof PasswordsBusy) return { ok: false, formError: t("errors.busy") };
    throw error;
  }
  const owner = await consumeToken("reset", token, now);
  if (!owner) return { ok: false, formError: t("emailPages.resetInvalidText") };
  await resetPassword(owner.userId, passwordHash, now);
  const account = await mailTarget(owner.userId);
  if (!account) return { ok: false, formError: t("emailPages.resetInvalidText") };
  after(() => sendPasswordChanged(account, new Date()));
  return enter(account, "/cases", now);
});

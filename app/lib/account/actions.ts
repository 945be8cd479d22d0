"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentUser, endCurrentSession } from "@/app/lib/auth/session";
import { endAllSessions, endSession } from "@/app/lib/auth/sessions";
import { PasswordsBusy, hashPassword } from "@/app/lib/auth/passwords";
import { ChangePasswordSchema, SessionIdSchema } from "@/app/lib/auth/schemas";
import { userForm, userTargetForm } from "@/app/lib/wrappers/action";
import { safeReturnPath } from "@/app/lib/validation";
import { LOCALE_COOKIE, isLocale } from "@/app/lib/i18n/locales";
import { deleteUser, setLocale, setPassword } from "@/app/lib/account/data";
import { recheckPassword } from "@/app/lib/account/recheck";

export const changePasswordAction = userForm(ChangePasswordSchema, async ({ currentPassword, newPassword }, ctx) => {
  const refused = await recheckPassword(currentPassword, "currentPassword", ctx);
  if (refused) return refused;
  let passwordHash: string;
  try {
    passwordHash = await hashPassword(newPassword);
  } catch (error) {
    if (error instanceof PasswordsBusy) return { ok: false, formError: ctx.t("errors.busy") };
    throw error;
  }
  // Every other session ends; this one stays, and the account page says so.
  await setPassword(ctx.user.id, passwordHash, ctx.user.sessionId);
  redirect("/account?password=changed");
});

// A wrong or missing password is refused like a wrong one: nothing tells which.
const DeleteAccountSchema = z.object({ password: z.string({ error: "errors.wrongPassword" }).transform((s) => s.slice(0, 200)) });

export const deleteAccountAction = userForm(DeleteAccountSchema, async ({ password }, ctx) => {
  const refused = await recheckPassword(password, "password", ctx);
  if (refused) return refused;
  await deleteUser(ctx.user.id);
  return endCurrentSession("/");
});

// Signs out one of the person's sessions (from the list on the account page). Ending
// this browser's own session is signing out.
export const endSessionAction = userTargetForm(z.object({ sessionId: SessionIdSchema }), z.object({}), async ({ sessionId }, _input, { user, t }) => {
  if (sessionId === user.sessionId) return endCurrentSession("/");
  if (!(await endSession(user.id, sessionId))) return { ok: false, formError: t("errors.sessionGone") };
  revalidatePath("/account");
  return { ok: true };
});

export const endAllSessionsAction = userForm(z.object({}), async (_input, { user }) => {
  await endAllSessions(user.id);
  return endCurrentSession("/sign-in");
});

// The path of the page a request came from; any Referer that is not a URL (a client writes
// it) is no page at all.
function refererPath(referer: string | null): string | null {
  if (!referer || referer.length > 2000 || !URL.canParse(referer)) return null;
  return new URL(referer).pathname;
}

// Switches the language: a cookie for everyone, and the account's setting when signed in.
// Goes back to the page the switch was made on (same site only).
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const back = formData.get("back");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true });
    const user = await currentUser();
    if (user) await setLocale(user.id, locale);
    // Every page of the app speaks the new language; the public guides are not touched
    // (their language is their URL's, and revalidating them would render them again, with
    // inline scripts the hashes of their built files do not name: proxy.ts).
    revalidatePath("/(app)", "layout");
  }
  redirect(safeReturnPath(back, "") || safeReturnPath(refererPath((await headers()).get("referer")), "/"));
}

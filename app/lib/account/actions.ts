"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentUser, signIn, signOut } from "@/app/lib/auth/session";
import { hashPassword, verifyPassword } from "@/app/lib/auth/passwords";
import { ChangePasswordSchema } from "@/app/lib/auth/schemas";
import { userForm } from "@/app/lib/wrappers/action";
import { safeReturnPath } from "@/app/lib/validation";
import { LOCALE_COOKIE, isLocale } from "@/app/lib/i18n/locales";
import { deleteUser, passwordHashOf, setLocale, setPassword } from "@/app/lib/account/data";

export const changePasswordAction = userForm(ChangePasswordSchema, async ({ currentPassword, newPassword }, { user, t }) => {
  if (!(await verifyPassword(await passwordHashOf(user.id), currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: t("errors.wrongPassword") } };
  }
  await setPassword(user.id, await hashPassword(newPassword));
  // This device signs in again with the new version (a redirect back to the account
  // page, which then says so); every other session is now stale.
  await signIn("credentials", { email: user.email, password: newPassword, redirectTo: "/account?password=changed" });
  return { ok: true };
});

// A wrong or missing password is refused like a wrong one: nothing tells which.
const DeleteAccountSchema = z.object({ password: z.string({ error: "errors.wrongPassword" }).transform((s) => s.slice(0, 200)) });

export const deleteAccountAction = userForm(DeleteAccountSchema, async ({ password }, { user, t }) => {
  if (!(await verifyPassword(await passwordHashOf(user.id), password))) return { ok: false, fieldErrors: { password: t("errors.wrongPassword") } };
  await deleteUser(user.id);
  await signOut({ redirectTo: "/" });
  return { ok: true };
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
    revalidatePath("/", "layout");
  }
  redirect(safeReturnPath(back, "") || safeReturnPath(refererPath((await headers()).get("referer")), "/"));
}

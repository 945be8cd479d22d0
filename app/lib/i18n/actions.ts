"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "../db";
import { currentUser } from "../auth";
import { LOCALE_COOKIE, isLocale } from "./locales";

// Switches the language: a cookie for everyone, and the account's setting when signed in.
// Goes back to the page the switch was made on (same site only).
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const back = formData.get("back");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true });
    const user = await currentUser();
    if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
    revalidatePath("/", "layout");
  }
  const referer = (await headers()).get("referer");
  const path = typeof back === "string" && /^\/(?![/\\])/.test(back) ? back : referer ? new URL(referer).pathname : "/";
  redirect(path);
}

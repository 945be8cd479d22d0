"use server";
import { z } from "zod";
import { currentUser, signIn, signOut } from "../auth";
import { getT } from "../i18n/server";
import { hashPassword, verifyPassword } from "../passwords";
import { fieldErrorsOf, type FormState } from "../form-state";
import { SignUpSchema } from "../cases/schemas";
import { deleteUser, passwordHashOf, setPassword } from "./data";

const ChangePassword = z.object({
  currentPassword: z.string({ error: "errors.passwordEnter" }).min(1, "errors.passwordEnter").max(200, "errors.wrongPassword"),
  newPassword: SignUpSchema.shape.password,
});

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await currentUser();
  const t = await getT();
  if (!user) return { ok: false, formError: t("errors.signedOut") };
  const parsed = ChangePassword.safeParse({ currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, t) };
  if (!(await verifyPassword(await passwordHashOf(user.id), parsed.data.currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: t("errors.wrongPassword") } };
  }
  await setPassword(user.id, await hashPassword(parsed.data.newPassword));
  // This device signs in again with the new version (a redirect back to the account
  // page, which then says so); every other session is now stale.
  await signIn("credentials", { email: user.email, password: parsed.data.newPassword, redirectTo: "/account?password=changed" });
  return { ok: true };
}

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await currentUser();
  const t = await getT();
  if (!user) return { ok: false, formError: t("errors.signedOut") };
  const password = formData.get("password");
  if (typeof password !== "string" || !(await verifyPassword(await passwordHashOf(user.id), password.slice(0, 200)))) {
    return { ok: false, fieldErrors: { password: t("errors.wrongPassword") } };
  }
  await deleteUser(user.id);
  await signOut({ redirectTo: "/" });
  return { ok: true };
}

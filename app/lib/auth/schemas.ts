import { z } from "zod";

// What the sign-up, sign-in and password forms accept. Error messages are message keys.

export const EmailSchema = z
  .string({ error: "errors.emailMissing" })
  .trim()
  .toLowerCase()
  .max(254, "errors.emailTooLong")
  .pipe(z.email({ error: "errors.email" }));

export const NewPassword = z.string({ error: "errors.passwordMissing" }).min(10, "errors.passwordShort").max(200, "errors.passwordLong");

export const SignUpSchema = z.object({ email: EmailSchema, password: NewPassword });

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string({ error: "errors.passwordEnter" }).min(1, "errors.passwordEnter").max(200, "errors.wrongCredentials"),
});

export const ChangePasswordSchema = z.object({
  currentPassword: z.string({ error: "errors.passwordEnter" }).min(1, "errors.passwordEnter").max(200, "errors.wrongPassword"),
  newPassword: NewPassword,
});

// A session's id as app/lib/auth/sessions.ts makes it (24 random bytes, base64url).
export const SessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/);

export const ForgotPasswordSchema = z.object({ email: EmailSchema });

// A link's token as app/lib/account/email-tokens.ts makes it (32 random bytes, base64url).
export const EmailTokenSchema = z.string({ error: "errors.formNotSaved" }).regex(/^[A-Za-z0-9_-]{43}$/, "errors.formNotSaved");

export const ResetPasswordSchema = z.object({ token: EmailTokenSchema, password: NewPassword });

export const ChangeEmailSchema = z.object({
  email: EmailSchema,
  password: z.string({ error: "errors.passwordEnter" }).min(1, "errors.passwordEnter").max(200, "errors.wrongPassword"),
});

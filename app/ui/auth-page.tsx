import type { T } from "@/app/lib/i18n/translator";
import type { FormState } from "@/app/lib/wrappers/form-state";
import { AuthForm } from "@/app/ui/auth-form";

type Props = {
  t: T;
  kind: "sign-in" | "sign-up";
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  next: string;
};

// The sign-in and sign-up pages: one form each, and a link to the other that keeps where
// the person was going.
export function AuthPage({ t, kind, action, next }: Props) {
  const signUp = kind === "sign-up";
  const other = signUp ? "/sign-in" : "/sign-up";
  return (
    <div className="mx-auto max-w-sm">
      <h1 className={`${signUp ? "mb-2" : "mb-4"} text-2xl font-bold`}>{signUp ? t("auth.signUpHeading") : t("auth.signInHeading")}</h1>
      {signUp && <p className="mb-4 text-sm text-slate-600">{t("auth.signUpIntro")}</p>}
      <AuthForm
        action={action}
        labels={{
          email: t("auth.email"),
          password: t("auth.password"),
          passwordHint: t("auth.passwordHint"),
          submit: signUp ? t("common.signUp") : t("common.signIn"),
          pending: signUp ? t("auth.creatingAccount") : t("auth.signingIn"),
        }}
        next={next}
        newPassword={signUp}
      />
      {!signUp && (
        <p className="mt-4 text-sm">
          <a href="/forgot-password" className="font-medium text-brand-700 underline">
            {t("auth.forgotLink")}
          </a>
        </p>
      )}
      <p className="mt-4 text-sm">
        {signUp ? t("auth.haveAccount") : t("auth.newHere")}{" "}
        <a href={`${other}?next=${encodeURIComponent(next)}`} className="font-medium text-brand-700 underline">
          {signUp ? t("common.signIn") : t("auth.createAccount")}
        </a>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import { getT } from "@/app/lib/i18n/server";
import { forgotPasswordAction } from "@/app/lib/account/email-actions";
import { PasswordForm } from "@/app/ui/password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("emailPages.forgotHeading") };
}

// Anyone may ask; the answer is the same whether the address has an account or not.
export default async function ForgotPasswordPage() {
  const t = await getT();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">{t("emailPages.forgotHeading")}</h1>
      <p className="mb-4 text-sm text-slate-700">{t("emailPages.forgotIntro")}</p>
      <PasswordForm
        action={forgotPasswordAction}
        fields={[{ name: "email", label: t("auth.email"), autoComplete: "email", type: "email" }]}
        submit={t("emailPages.forgotSubmit")}
        pending={t("common.saving")}
        done={t("emailPages.forgotSent")}
      />
    </div>
  );
}

import type { Metadata } from "next";
import { getT } from "@/app/lib/i18n/server";
import { resetPasswordAction } from "@/app/lib/account/email-actions";
import { tokenOwner } from "@/app/lib/account/email-tokens";
import { PasswordForm } from "@/app/ui/password-form";
import { Note } from "@/app/ui/section";
import { linkButtonClass } from "@/app/ui/field";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("emailPages.resetHeading") };
}

// The link in a reset mail: a form while the link works (looking at it uses nothing up;
// saving the password does), a clear page when it does not.
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = String((await searchParams).token ?? "");
  const [t, owner] = await Promise.all([getT(), tokenOwner("reset", token, new Date())]);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">{t("emailPages.resetHeading")}</h1>
      {owner ? (
        <>
          <p className="text-sm text-slate-700">{t("emailPages.resetIntro")}</p>
          <PasswordForm
            action={resetPasswordAction}
            hidden={{ token }}
            fields={[{ name: "password", label: t("accountPage.newPassword"), autoComplete: "new-password", hint: t("auth.passwordHint") }]}
            submit={t("emailPages.resetSubmit")}
            pending={t("common.saving")}
          />
        </>
      ) : (
        <>
          <Note tone="warn">{t("emailPages.resetInvalidText")}</Note>
          <a href="/forgot-password" className={linkButtonClass}>
            {t("emailPages.resetAgain")}
          </a>
        </>
      )}
    </div>
  );
}

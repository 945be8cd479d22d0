import type { Metadata } from "next";
import { requireUser } from "@/app/lib/auth/session";
import { getLocale, getT } from "@/app/lib/i18n/server";
import { changePasswordAction, deleteAccountAction } from "@/app/lib/account/actions";
import { LanguageSwitcher } from "@/app/ui/language-switcher";
import { PasswordForm } from "@/app/ui/password-form";
import { Note, Section } from "@/app/ui/section";
import { secondaryLinkButtonClass } from "@/app/ui/field";
import { SessionButton } from "@/app/ui/session-button";
import { listSessions } from "@/app/lib/auth/sessions";
import { formatDateTime } from "@/app/lib/dates";
import { mailTarget } from "@/app/lib/account/data";
import { changeEmailAction, resendVerificationAction } from "@/app/lib/account/email-actions";
import { optedOut } from "@/app/lib/reminders/opt-outs";
import { REMINDER_KINDS } from "@/app/lib/vocabulary";
import { loose } from "@/app/lib/i18n/translator";
import { MailSettingsForm } from "@/app/ui/mail-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("accountPage.heading") };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const user = await requireUser("/account");
  const passwordChanged = (await searchParams).password === "changed";
  const [t, locale, sessions, mail, off] = await Promise.all([getT(), getLocale(), listSessions(user.id, new Date()), mailTarget(user.id), optedOut(user.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("accountPage.heading")}</h1>
      <p>{t("accountPage.signedInAs", { email: user.email })}</p>
      <Section title={t("accountPage.emailHeading")}>
        {mail?.emailVerifiedAt ? (
          <Note tone="ok">{t("accountPage.emailConfirmed", { email: user.email })}</Note>
        ) : (
          <div className="space-y-3">
            <Note tone="warn">{t("accountPage.emailUnconfirmed", { email: user.email })}</Note>
            <PasswordForm
              action={resendVerificationAction}
              fields={[]}
              submit={t("accountPage.resendVerification")}
              pending={t("common.saving")}
              done={t("accountPage.verificationSent")}
            />
          </div>
        )}
        <div className="mt-4">
          <PasswordForm
            action={changeEmailAction}
            idPrefix="new-email"
            fields={[
              { name: "email", label: t("accountPage.newEmail"), autoComplete: "email", type: "email" },
              { name: "password", label: t("auth.password"), autoComplete: "current-password" },
            ]}
            submit={t("accountPage.changeEmail")}
            pending={t("common.saving")}
            done={t("accountPage.emailChanged")}
          />
        </div>
      </Section>
      <Section title={t("accountPage.mailHeading")}>
        <MailSettingsForm
          kinds={REMINDER_KINDS.map((kind) => ({ kind, label: loose(t)(`reminderKinds.${kind}`), on: !off.has(kind) }))}
          legend={t("accountPage.mailHint")}
          submit={t("accountPage.saveMail")}
          pending={t("common.saving")}
          done={t("common.saved")}
        />
      </Section>
      <Section title={t("accountPage.languageHeading")}>
        <p className="mb-3 text-sm text-slate-700">{t("accountPage.languageHint")}</p>
        <LanguageSwitcher current={locale} label={t("accountPage.languageHeading")} />
      </Section>
      <Section title={t("accountPage.passwordHeading")}>
        {passwordChanged && (
          <div role="status" className="mb-3">
            <Note tone="ok">{t("accountPage.passwordChanged")}</Note>
          </div>
        )}
        <PasswordForm
          action={changePasswordAction}
          fields={[
            { name: "currentPassword", label: t("accountPage.currentPassword"), autoComplete: "current-password" },
            { name: "newPassword", label: t("accountPage.newPassword"), autoComplete: "new-password" },
          ]}
          submit={t("accountPage.changePassword")}
          pending={t("common.saving")}
        />
      </Section>
      <Section title={t("accountPage.sessionsHeading")}>
        <p className="mb-3 text-sm text-slate-700">{t("accountPage.sessionsHint")}</p>
        <ul className="mb-4 divide-y divide-slate-200" aria-label={t("accountPage.sessionsHeading")}>
          {sessions.map((s) => {
            const device = s.device || t("accountPage.unknownDevice");
            const current = s.id === user.sessionId;
            return (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    {device}
                    {current && <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-sm text-emerald-900">{t("accountPage.thisDevice")}</span>}
                  </p>
                  <p className="text-sm text-slate-700">
                    {t("accountPage.sessionTimes", { seen: formatDateTime(s.lastSeenAt, locale), started: formatDateTime(s.createdAt, locale) })}
                  </p>
                </div>
                <SessionButton
                  sessionId={s.id}
                  label={t("accountPage.endSession")}
                  name={t("accountPage.endSessionNamed", { device })}
                  pending={t("common.saving")}
                />
              </li>
            );
          })}
        </ul>
        <SessionButton label={t("accountPage.endAllSessions")} pending={t("common.saving")} />
      </Section>
      <Section title={t("accountPage.exportHeading")}>
        <p className="mb-3 text-sm text-slate-700">{t("accountPage.exportText")}</p>
        <a href="/account/export.json" className={secondaryLinkButtonClass}>
          {t("accountPage.exportLink")}
        </a>
      </Section>
      <Section title={t("accountPage.deleteHeading")}>
        <p className="mb-3 text-sm text-slate-700">{t("accountPage.deleteText")}</p>
        <PasswordForm
          action={deleteAccountAction}
          fields={[{ name: "password", label: t("auth.password"), autoComplete: "current-password" }]}
          submit={t("accountPage.deleteButton")}
          pending={t("common.saving")}
          danger
        />
      </Section>
    </div>
  );
}

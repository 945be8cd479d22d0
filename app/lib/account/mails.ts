import "server-only";
import { randomUUID } from "node:crypto";
import { translator } from "@/app/lib/i18n/translator";
import { HTML_LANG, isLocale, DEFAULT_LOCALE, type Locale } from "@/app/lib/i18n/locales";
import { formatDateTime } from "@/app/lib/dates";
import { composeMail } from "@/app/lib/mail/compose";
import { mailSettings, sendMail } from "@/app/lib/mail/send";
import { issueToken } from "@/app/lib/account/email-tokens";

// The mails about an account: confirm an address, reset a password, and the notices
// after a password or an address changed. Each in the person's language.

type To = { id: string; email: string; locale: string | null };
const localeOf = (to: To): Locale => (isLocale(to.locale) ? to.locale : DEFAULT_LOCALE);
const messageId = (kind: string) => `<${kind}-${randomUUID()}@odjava>`;

async function send(
  to: To,
  address: string,
  kind: string,
  build: (t: ReturnType<typeof translator>, url: (path: string) => string) => Parameters<typeof composeMail>[0],
) {
  const locale = localeOf(to);
  const base = mailSettings().publicUrl;
  const mail = composeMail(build(translator(locale), (path) => `${base}${path}`));
  await sendMail({ to: address, kind, messageId: messageId(kind), ...mail });
}

export async function sendVerification(to: To, now: Date): Promise<void> {
  const token = await issueToken(to.id, "verify", to.email, now);
  await send(to, to.email, "verify", (t, url) => ({
    lang: HTML_LANG[localeOf(to)],
    subject: t("mail.verifySubject"),
    paragraphs: [t("mail.verifyBody")],
    link: { label: t("mail.verifyLink"), url: url(`/email/verify?token=${token}`) },
    smallPrint: [t("mail.verifyIgnore"), t("mail.footer")],
  }));
}

export async function sendPasswordReset(to: To, now: Date): Promise<void> {
  const token = await issueToken(to.id, "reset", to.email, now);
  await send(to, to.email, "reset", (t, url) => ({
    lang: HTML_LANG[localeOf(to)],
    subject: t("mail.resetSubject"),
    paragraphs: [t("mail.resetBody")],
    link: { label: t("mail.resetLink"), url: url(`/reset-password?token=${token}`) },
    smallPrint: [t("mail.resetIgnore"), t("mail.footer")],
  }));
}

export async function sendPasswordChanged(to: To, now: Date): Promise<void> {
  await send(to, to.email, "password-changed", (t, url) => ({
    lang: HTML_LANG[localeOf(to)],
    subject: t("mail.passwordChangedSubject"),
    paragraphs: [t("mail.passwordChangedBody", { date: formatDateTime(now, localeOf(to)) })],
    link: { label: t("mail.resetLink"), url: url("/forgot-password") },
    smallPrint: [t("mail.footer")],
  }));
}

// To the address the account had before: it is told, so a takeover does not go unseen.
export async function sendEmailChanged(to: To, oldAddress: string, now: Date): Promise<void> {
  await send(to, oldAddress, "email-changed", (t) => ({
    lang: HTML_LANG[localeOf(to)],
    subject: t("mail.emailChangedSubject"),
    paragraphs: [t("mail.emailChangedBody", { email: to.email, date: formatDateTime(now, localeOf(to)) }), t("mail.emailChangedNotYou")],
    smallPrint: [t("mail.footer")],
  }));
}

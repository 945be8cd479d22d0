import "server-only";
import { translator, type T } from "@/app/lib/i18n/translator";
import { DEFAULT_LOCALE, HTML_LANG, isLocale, type Locale } from "@/app/lib/i18n/locales";
import { formatCalendarDate } from "@/app/lib/dates";
import { operatorLabel } from "@/app/lib/labels";
import { formatE164 } from "@/app/lib/phone";
import { followUp } from "@/app/lib/playbook/deadline";
import { CHANGE_OF_TERMS_2023, CONTRACT_AFTER_TERM } from "@/app/lib/playbook/legal";
import { prepaidLapse } from "@/app/lib/playbook/lapse";
import { billComplaintWindow, priceChangeWindow, PRICE_WINDOW_REMIND_DAYS_BEFORE, COMPLAINT_REMIND_DAYS_BEFORE } from "@/app/lib/playbook/rights";
import { addDays } from "@/app/lib/calendar";
import type { Fact, Msg } from "@/app/lib/playbook/facts";
import { operatorById } from "@/app/lib/playbook/operators";
import { composeMail } from "@/app/lib/mail/compose";
import type { Mail } from "@/app/lib/mail/send";
import type { OperatorId, ReminderKind } from "@/app/lib/vocabulary";
import { unsubscribeQuery } from "@/app/lib/reminders/opt-outs";

// One reminder mail, in the person's language, with the operator's name and dates as the
// app shows them, a link to the step it is about, and a one-click unsubscribe for its kind
// (List-Unsubscribe and List-Unsubscribe-Post, RFC 8058).

export type ReminderToSend = {
  id: string;
  kind: ReminderKind;
  day: string;
  case: {
    id: string;
    operator: OperatorId;
    phoneE164: string;
    submittedOn: string | null;
    closedOn: string | null;
    lastTopUp: string | null;
    priceNoticeOn?: string | null;
    billDueOn?: string | null;
  };
  user: { id: string; email: string; locale: string | null };
};

type Body = { subject: string; paragraphs: string[]; link: { label: string; path: string } };

// "Source: ..., checked ...; confirm with the operator" under a secondary fact.
function sourceLine(t: T, locale: Locale, fact: Fact<Msg>, operator: string): string[] {
  return fact.status === "unverified"
    ? []
    : [t("reminderMail.termSource", { url: fact.source.url, checked: formatCalendarDate(fact.source.checked, locale), operator })];
}

function body(t: T, locale: Locale, r: ReminderToSend): Body {
  const operator = operatorLabel(t, r.case.operator);
  const number = formatE164(r.case.phoneE164);
  const date = formatCalendarDate(r.day, locale);
  const at = (step: string) => `/cases/${r.case.id}/${step}`;
  switch (r.kind) {
    case "follow-up": {
      const submitted = formatCalendarDate(r.case.submittedOn ?? r.day, locale);
      return {
        subject: t("reminderMail.followUpSubject", { operator, number }),
        paragraphs: [t("reminderMail.followUpBody", { operator, number, submitted, date })],
        link: { label: t("reminderMail.followUpLink"), path: at("wait") },
      };
    }
    case "follow-up-passed": {
      const due = r.case.submittedOn ? formatCalendarDate(followUp(r.case.submittedOn, r.day).due, locale) : date;
      return {
        subject: t("reminderMail.passedSubject", { operator, number }),
        paragraphs: [t("reminderMail.passedBody", { operator, due })],
        link: { label: t("reminderMail.passedLink"), path: at("escalate") },
      };
    }
    case "lapse":
      return {
        subject: t("reminderMail.lapseSubject", { number }),
        paragraphs: [
          t("reminderMail.lapseBody", {
            operator,
            date: formatCalendarDate(prepaidLapse(operatorById(r.case.operator), r.case.lastTopUp)?.lapseOn ?? r.day, locale),
          }),
        ],
        link: { label: t("reminderMail.lapseLink"), path: at("prepare") },
      };
    case "bill-check-1":
    case "bill-check-2":
      return {
        subject: t("reminderMail.billSubject", { number }),
        paragraphs: [t("reminderMail.billBody", { operator, closed: formatCalendarDate(r.case.closedOn ?? r.day, locale) })],
        link: { label: t("reminderMail.billLink"), path: at("confirm") },
      };
    case "term-end": {
      return {
        subject: t("reminderMail.termSubject", { operator }),
        paragraphs: [t("reminderMail.termBody", { number, date }), ...sourceLine(t, locale, CONTRACT_AFTER_TERM, operator)],
        link: { label: t("reminderMail.termLink"), path: at("eligibility") },
      };
    }
    case "price-window-end": {
      const window = priceChangeWindow(r.case.priceNoticeOn ?? null, r.day);
      const last = window?.lastDay ?? addDays(r.day, PRICE_WINDOW_REMIND_DAYS_BEFORE);
      return {
        subject: t("reminderMail.priceWindowSubject", { operator, date: formatCalendarDate(last, locale) }),
        paragraphs: [
          t("reminderMail.priceWindowBody", {
            operator,
            number,
            notice: formatCalendarDate(window?.from ?? r.day, locale),
            date: formatCalendarDate(last, locale),
          }),
          ...sourceLine(t, locale, CHANGE_OF_TERMS_2023, operator),
        ],
        link: { label: t("reminderMail.priceWindowLink"), path: at("submit") },
      };
    }
    case "notice-end":
      return {
        subject: t("reminderMail.noticeEndSubject", { number }),
        paragraphs: [t("reminderMail.noticeEndBody", { operator, number, date }), ...sourceLine(t, locale, CONTRACT_AFTER_TERM, operator)],
        link: { label: t("reminderMail.noticeEndLink"), path: at("confirm") },
      };
    case "complaint-end": {
      const window = billComplaintWindow(r.case.billDueOn ?? null, r.day);
      const last = window?.lastDay ?? addDays(r.day, COMPLAINT_REMIND_DAYS_BEFORE);
      return {
        subject: t("reminderMail.complaintEndSubject", { number, date: formatCalendarDate(last, locale) }),
        paragraphs: [
          t("reminderMail.complaintEndBody", { operator, due: formatCalendarDate(window?.from ?? r.day, locale), date: formatCalendarDate(last, locale) }),
        ],
        link: { label: t("reminderMail.complaintEndLink"), path: at("confirm") },
      };
    }
  }
}

export function reminderMail(r: ReminderToSend, publicUrl: string): Mail {
  const locale: Locale = isLocale(r.user.locale) ? r.user.locale : DEFAULT_LOCALE;
  const t = translator(locale);
  const b = body(t, locale, r);
  const query = unsubscribeQuery(r.user.id, r.kind);
  const stop = `${publicUrl}/email/unsubscribe?${query}`;
  const mail = composeMail({
    lang: HTML_LANG[locale],
    subject: b.subject,
    paragraphs: b.paragraphs,
    link: { label: b.link.label, url: `${publicUrl}${b.link.path}` },
    smallPrint: [
      t("reminderMail.why", { number: formatE164(r.case.phoneE164) }),
      t("reminderMail.stopKind", { url: stop }),
      t("reminderMail.settings", { url: `${publicUrl}/account` }),
    ],
  });
  return {
    to: r.user.email,
    kind: `reminder ${r.kind}`,
    // The same for every attempt: a mail sent again after a crash is the same mail.
    messageId: `<reminder-${r.id}@odjava>`,
    headers: { "List-Unsubscribe": `<${publicUrl}/email/unsubscribe/one-click?${query}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    ...mail,
  };
}

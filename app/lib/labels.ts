// Words for things the playbook names by key: steps, checklist items, operators, facts,
// timeline events. Keys are built at run time, so tests/unit/i18n.test.ts checks that
// every one of them exists in every language.
import type { CaseAnswers, ChecklistItem } from "@/app/lib/playbook/checklist";
import type { StepId } from "@/app/lib/vocabulary";
import type { Msg } from "@/app/lib/playbook/facts";
import { operatorById } from "@/app/lib/playbook/operators";
import { formatCalendarDate } from "@/app/lib/dates";
import type { Locale } from "@/app/lib/i18n/locales";
import { loose, type T } from "@/app/lib/i18n/translator";

export function stepTitle(t: T, step: StepId | "escalate"): string {
  return loose(t)(`steps.${step}`);
}

export function itemLabel(t: T, item: Pick<ChecklistItem, "key">, facts: Pick<CaseAnswers, "idDocument">): string {
  const document = loose(t)(`documents.${facts.idDocument ?? "none"}`);
  return loose(t)(`checklist.${item.key}`, { document });
}

export function operatorLabel(t: T, id: string): string {
  return id === "other" ? t("operators.other") : operatorById(id).name;
}

// A message that may carry keys among its values (e.g. facts.notFound's "what").
export function text(t: T, m: Msg, locale: Locale = "en"): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.values ?? {})) {
    values[k] = k === "what" ? loose(t)(`facts.what.${v}`) : /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatCalendarDate(v, locale) : v;
  }
  if (m.msg === "eligibility.reasonTermRunning") {
    return loose(t)(m.msg, { date: values.date!, months: Number(values.months) });
  }
  return loose(t)(m.msg, values);
}

export type EventLike = { type: string; payload: Record<string, string> };

export function describeEvent(t: T, locale: Locale, e: EventLike): string {
  const date = e.payload.date ? formatCalendarDate(e.payload.date, locale) : "";
  const step = e.payload.step ? stepTitle(t, e.payload.step as StepId) : "";
  const known = [
    "case_created",
    "step_completed",
    "step_reopened",
    "submitted",
    "answer_received",
    "line_closed",
    "evidence_added",
    "evidence_removed",
    "reminder_sent",
  ];
  if (!known.includes(e.type)) return e.type;
  if (e.type === "reminder_sent") return t("events.reminder_sent", { what: loose(t)(`reminderKinds.${e.payload.reminder}`) });
  const kind = e.payload.type === "application/pdf" ? "pdf" : "photo";
  return loose(t)(`events.${e.type}`, { date, step, channel: e.payload.channel ?? "other", kind });
}

// The words Odjava stores and checks against: every enumeration a case, a form or the
// playbook uses is declared here once, with its type. Labels for them are messages
// (app/lib/i18n/messages), keyed by these values.

export const OPERATOR_IDS = ["yettel", "a1", "mts", "globaltel", "other"] as const;
export type OperatorId = (typeof OPERATOR_IDS)[number];

export const PLAN_TYPES = ["prepaid", "postpaid"] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

// How the request reaches the operator.
export const CHANNELS = ["shop", "email", "letter", "porting"] as const;
export type Channel = (typeof CHANNELS)[number];

// Which kind of identity document the person shows (never its number).
export const ID_DOCUMENTS = ["rs-id", "passport"] as const;
export type IdDocument = (typeof ID_DOCUMENTS)[number];

// The person's answer to a question about their line.
export const ANSWERS = ["yes", "no", "unknown"] as const;
export type Answer = (typeof ANSWERS)[number];

// A question with no "don't know" (did a bill come, does a representative act).
export const YES_NO = ["yes", "no"] as const;
export type YesNo = (typeof YES_NO)[number];

// Whether a prepaid card is registered to the person, and with which document (ZEK 2023
// Art. 158: a Serbian ID's JMBG, a passport, a foreigner's EBS), or not, or not known.
export const PREPAID_REGISTRATION = ["rs-id", "passport", "ebs", "none", "unknown"] as const;
export type PrepaidRegistration = (typeof PREPAID_REGISTRATION)[number];

// Keep the number (port it to another operator) or give it up (a plain termination).
// Giving it up, today's flow, comes first: the first choice of a form is its plain default.
export const KEEP_NUMBER = ["no", "yes"] as const;

// Why the contract ends, as the letter says it.
export const REASONS = ["moving-abroad", "not-needed", "switching", "cost", "other"] as const;
export type Reason = (typeof REASONS)[number];

// The steps of the errand, in order.
export const STEP_IDS = ["eligibility", "prepare", "contact", "submit", "wait", "confirm"] as const;
export type StepId = (typeof STEP_IDS)[number];

// The steps a receipt can be attached on.
export const EVIDENCE_STEPS = ["submit", "wait"] as const;
export type EvidenceStep = (typeof EVIDENCE_STEPS)[number];

export function isOneOf<const V extends string>(values: readonly V[], value: unknown): value is V {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

// The reminders Odjava mails (app/lib/playbook/reminders.ts), each a setting of its own.
export const REMINDER_KINDS = [
  "follow-up",
  "follow-up-passed",
  "lapse",
  "bill-check-1",
  "bill-check-2",
  "term-end",
  "price-window-end",
  "notice-end",
  "complaint-end",
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

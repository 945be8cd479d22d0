import { STEP_TITLES, type StepId } from "../playbook/checklist";
import { formatCalendarDate } from "../dates";

export type CaseEventView = { id: string; type: string; payload: Record<string, string>; createdAt: Date };

const CHANNEL_WORDS: Record<string, string> = {
  shop: "in a shop",
  email: "by e-mail",
  letter: "by registered letter",
  porting: "as a porting request",
};

function stepTitle(id: string | undefined): string {
  return STEP_TITLES[id as StepId] ?? "a step";
}

function on(date: string | undefined): string {
  return date ? ` on ${formatCalendarDate(date)}` : "";
}

// One line a person can read for each timeline event (page and PDF alike).
export function describeEvent(e: Pick<CaseEventView, "type" | "payload">): string {
  switch (e.type) {
    case "case_created":
      return "Case opened";
    case "step_completed":
      return `Step done: ${stepTitle(e.payload.step)}`;
    case "step_reopened":
      return `Step reopened: ${stepTitle(e.payload.step)}`;
    case "submitted":
      return `Request submitted${e.payload.channel ? ` ${CHANNEL_WORDS[e.payload.channel] ?? ""}` : ""}${on(e.payload.date)}`;
    case "answer_received":
      return `Operator answered${on(e.payload.date)}`;
    case "line_closed":
      return `Line closed${on(e.payload.date)}`;
    default:
      return e.type;
  }
}

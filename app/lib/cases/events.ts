import { STEPS } from "../playbook/checklist";

export type CaseEventView = { id: string; type: string; payload: Record<string, string>; createdAt: Date };

function stepTitle(id: string | undefined): string {
  return STEPS.find((s) => s.id === id)?.title ?? "a step";
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
    default:
      return e.type;
  }
}

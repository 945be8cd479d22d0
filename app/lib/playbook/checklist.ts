// What a person must do, derived from the case's facts. Pure data and pure functions:
// the ticks a person made are stored elsewhere, by item key.

export const STEPS = [
  { id: "eligibility", title: "Check what blocks cancellation" },
  { id: "prepare", title: "Prepare" },
  { id: "contact", title: "Contact the operator" },
  { id: "submit", title: "Submit the request" },
  { id: "wait", title: "Wait for the answer" },
  { id: "confirm", title: "Confirm the line is closed" },
] as const;

export type StepId = (typeof STEPS)[number]["id"];
export type PlanType = "prepaid" | "postpaid";

export type ChecklistItem = { key: string; step: StepId; label: string };

type Rule = ChecklistItem & { plans: readonly PlanType[] };

const BOTH = ["prepaid", "postpaid"] as const;

// Order matters: items show in this order within their step.
const RULES: readonly Rule[] = [
  { key: "bills-paid", step: "eligibility", label: "Pay every bill that is already due", plans: ["postpaid"] },
  { key: "term-checked", step: "eligibility", label: "Check whether the minimum contract term has ended", plans: ["postpaid"] },
  { key: "account-ok", step: "eligibility", label: "Check the account has no open problems (blocked services, disputes)", plans: BOTH },
  { key: "twofa-moved", step: "prepare", label: "Move bank and app two-factor codes to another number", plans: BOTH },
  { key: "balance-used", step: "prepare", label: "Use up or transfer the remaining balance", plans: ["prepaid"] },
  { key: "contacts-saved", step: "prepare", label: "Back up contacts and messages stored on the SIM", plans: BOTH },
  { key: "keep-number-decided", step: "prepare", label: "Decide whether to keep the number by porting it to another operator", plans: BOTH },
  { key: "channel-chosen", step: "contact", label: "Choose how to reach the operator (shop, e-mail or registered letter)", plans: BOTH },
  { key: "id-ready", step: "submit", label: "Have your identity document ready", plans: BOTH },
  { key: "request-sent", step: "submit", label: "Hand in or send the termination request", plans: BOTH },
  { key: "answer-received", step: "wait", label: "Receive the operator's confirmation", plans: BOTH },
  { key: "line-closed", step: "confirm", label: "Check that the line is really closed", plans: BOTH },
  { key: "final-bill-paid", step: "confirm", label: "Pay the final bill", plans: ["postpaid"] },
  { key: "sim-destroyed", step: "confirm", label: "Cut up and throw away the SIM card", plans: BOTH },
];

export function checklistFor(plan: PlanType): ChecklistItem[] {
  return RULES.filter((r) => r.plans.includes(plan)).map(({ key, step, label }) => ({ key, step, label }));
}

export type Progress = {
  done: number;
  total: number;
  // The first step with something left to do; null when everything is done.
  nextStep: StepId | null;
  steps: { id: StepId; title: string; done: number; total: number }[];
};

export function progressOf(items: readonly ChecklistItem[], doneKeys: ReadonlySet<string>): Progress {
  const steps = STEPS.map((s) => {
    const inStep = items.filter((i) => i.step === s.id);
    return { id: s.id, title: s.title, total: inStep.length, done: inStep.filter((i) => doneKeys.has(i.key)).length };
  }).filter((s) => s.total > 0);
  const done = steps.reduce((n, s) => n + s.done, 0);
  const total = steps.reduce((n, s) => n + s.total, 0);
  return { done, total, steps, nextStep: steps.find((s) => s.done < s.total)?.id ?? null };
}

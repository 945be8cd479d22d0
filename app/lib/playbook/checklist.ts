// What a person must do, derived from the case's facts by pure functions. The ticks a
// person made are stored by item key; an item may instead be done by a fact the person
// recorded (e.g. the submission date). When facts change, ticks of items that are still
// required stay, because they are matched by key.
import type { OperatorId } from "./operators";
import { todayInBelgrade } from "../calendar";

export const STEP_IDS = ["eligibility", "prepare", "contact", "submit", "wait", "confirm"] as const;
export type StepId = (typeof STEP_IDS)[number];
export type PlanType = "prepaid" | "postpaid";
export type Channel = "shop" | "email" | "letter" | "porting";
export type IdDocument = "rs-id" | "passport";
export type Answer = "yes" | "no" | "unknown";

export const CHANNELS: readonly Channel[] = ["shop", "email", "letter", "porting"];
export const ID_DOCUMENTS: readonly IdDocument[] = ["rs-id", "passport"];

export const STEP_TITLES: Record<StepId, string> = {
  eligibility: "Check what blocks cancellation",
  prepare: "Prepare",
  contact: "Contact the operator",
  submit: "Submit the request",
  wait: "Wait for the answer",
  confirm: "Confirm the line is closed",
};

export type CaseFacts = {
  operator: OperatorId;
  planType: PlanType;
  contractEndDate: string | null;
  unpaidBills: Answer | null;
  accountProblems: Answer | null;
  channel: Channel | null;
  idDocument: IdDocument | null;
  holderName: string | null;
  submittedOn: string | null;
  answerOn: string | null;
  closedOn: string | null;
};

export type ChecklistItem = {
  key: string;
  step: StepId;
  label: string;
  // Items done by a recorded fact are not ticked by hand.
  byFact: boolean;
};

// The facts plus today's date (Belgrade), which some rules compare with.
type Ctx = CaseFacts & { today: string };

type Rule = {
  key: string;
  step: StepId;
  label: (f: Ctx) => string;
  when?: (f: Ctx) => boolean;
  doneBy?: (f: CaseFacts) => boolean;
};

const postpaid = (f: CaseFacts) => f.planType === "postpaid";
const prepaid = (f: CaseFacts) => f.planType === "prepaid";
const via = (...channels: Channel[]) => (f: CaseFacts) => f.channel !== null && channels.includes(f.channel);
const writesLetter = via("shop", "email", "letter");

export function documentName(doc: IdDocument | null): string {
  if (doc === "rs-id") return "Serbian ID card (lična karta)";
  if (doc === "passport") return "passport";
  return "identity document";
}

// The step list: a prepaid card handed in at a shop is settled at the counter, so it has
// no separate wait step; everything sent, ported or postpaid waits for an answer.
export function stepsFor(f: CaseFacts): StepId[] {
  const skipWait = f.planType === "prepaid" && f.channel === "shop";
  return STEP_IDS.filter((s) => !(s === "wait" && skipWait));
}

// Order matters: items show in this order within their step.
const RULES: readonly Rule[] = [
  // 1. eligibility
  {
    key: "eligibility-answered",
    step: "eligibility",
    label: () => "Answer the questions about bills and the account",
    doneBy: (f) => f.accountProblems !== null && (f.planType === "prepaid" || f.unpaidBills !== null),
  },
  { key: "bills-paid", step: "eligibility", label: () => "Pay every bill that is already due", when: (f) => postpaid(f) && f.unpaidBills !== "no" },
  {
    key: "term-cost-asked",
    step: "eligibility",
    label: () => "Ask the operator what ending the contract before its term costs",
    when: (f) => postpaid(f) && (f.contractEndDate === null || f.contractEndDate > f.today),
  },
  {
    key: "account-ok",
    step: "eligibility",
    label: () => "Sort out the account problem with the operator first",
    when: (f) => f.accountProblems === "yes" || f.accountProblems === "unknown",
  },
  // 2. prepare
  { key: "twofa-bank", step: "prepare", label: () => "Move your bank's SMS codes and card alerts to another number" },
  { key: "twofa-euprava", step: "prepare", label: () => "Change the phone number on your eUprava (eGovernment) and other accounts that send codes" },
  { key: "messengers-moved", step: "prepare", label: () => "Move WhatsApp and Viber to your new number (Change number in each app)" },
  { key: "balance-used", step: "prepare", label: () => "Use up or transfer the remaining prepaid balance", when: prepaid },
  { key: "contacts-saved", step: "prepare", label: () => "Back up contacts and messages stored on the SIM" },
  { key: "keep-number-decided", step: "prepare", label: () => "Decide whether to keep the number by porting it to another operator" },
  // 3. contact
  { key: "channel-chosen", step: "contact", label: () => "Choose how to send the request", doneBy: (f) => f.channel !== null },
  { key: "bills-asked", step: "contact", label: () => "Ask the operator for the amount still owed, so the final bill holds no surprise", when: postpaid },
  // 4. submit
  { key: "id-document-given", step: "submit", label: () => "Say which identity document you will use", doneBy: (f) => f.idDocument !== null },
  { key: "holder-name-given", step: "submit", label: () => "Give the contract holder's name for the letter", when: writesLetter, doneBy: (f) => !!f.holderName },
  { key: "shop-id", step: "submit", label: (f) => `Bring your ${documentName(f.idDocument)}, the one the contract was made with`, when: via("shop") },
  { key: "shop-letter", step: "submit", label: () => "Print the request letter twice and sign both copies", when: via("shop") },
  { key: "shop-stamp", step: "submit", label: () => "Have the shop stamp your copy or give you a registry number", when: via("shop") },
  { key: "email-letter", step: "submit", label: () => "Sign the letter, then scan or photograph it", when: via("email") },
  { key: "email-id", step: "submit", label: (f) => `Ask whether the operator needs a copy of your ${documentName(f.idDocument)}; send it only if so`, when: via("email") },
  { key: "email-sent", step: "submit", label: () => "Send it and keep the sent e-mail; ask for a written confirmation of receipt", when: via("email") },
  { key: "letter-contract-no", step: "submit", label: () => "Write the contract number and date on the letter (from the contract or a bill)", when: (f) => via("letter")(f) && postpaid(f) },
  { key: "letter-signed", step: "submit", label: () => "Print and sign the letter, and keep a copy", when: via("letter") },
  { key: "letter-registered", step: "submit", label: () => "Send it by registered mail with a return receipt (preporučeno s povratnicom) and keep the receipt", when: via("letter") },
  { key: "porting-id", step: "submit", label: (f) => `Bring your ${documentName(f.idDocument)} to the new operator's shop`, when: via("porting") },
  { key: "porting-last-bill", step: "submit", label: () => "Bring a copy of your last paid bill", when: (f) => via("porting")(f) && postpaid(f) },
  { key: "porting-registered", step: "submit", label: () => "Make sure the prepaid number is registered in your name (an unregistered number cannot be ported)", when: (f) => via("porting")(f) && prepaid(f) },
  { key: "submission-recorded", step: "submit", label: () => "Record the date you handed in or sent the request", doneBy: (f) => f.submittedOn !== null },
  // 5. wait
  { key: "answer-recorded", step: "wait", label: () => "Record the operator's answer", doneBy: (f) => f.answerOn !== null },
  // 6. confirm
  { key: "line-closed", step: "confirm", label: () => "Check that the line is really closed, and mark it closed", doneBy: (f) => f.closedOn !== null },
  { key: "final-bill-paid", step: "confirm", label: () => "Pay the final bill", when: postpaid },
  { key: "sim-destroyed", step: "confirm", label: () => "Cut the SIM card through the chip and throw it away" },
];

export function checklistFor(f: CaseFacts, today: string = todayInBelgrade()): ChecklistItem[] {
  const ctx: Ctx = { ...f, today };
  const steps = stepsFor(f);
  return RULES.filter((r) => steps.includes(r.step) && (r.when?.(ctx) ?? true)).map((r) => ({
    key: r.key,
    step: r.step,
    label: r.label(ctx),
    byFact: r.doneBy !== undefined,
  }));
}

// Keys done by the case's recorded facts.
export function keysDoneByFacts(f: CaseFacts): Set<string> {
  return new Set(RULES.filter((r) => r.doneBy?.(f)).map((r) => r.key));
}

export type StepProgress = { id: StepId; title: string; done: number; total: number };
export type Progress = { done: number; total: number; nextStep: StepId | null; steps: StepProgress[] };

export function progressOf(items: readonly ChecklistItem[], doneKeys: ReadonlySet<string>): Progress {
  const present = STEP_IDS.filter((s) => items.some((i) => i.step === s));
  const steps = present.map((id) => {
    const inStep = items.filter((i) => i.step === id);
    return { id, title: STEP_TITLES[id], total: inStep.length, done: inStep.filter((i) => doneKeys.has(i.key)).length };
  });
  const done = steps.reduce((n, s) => n + s.done, 0);
  const total = steps.reduce((n, s) => n + s.total, 0);
  return { done, total, steps, nextStep: steps.find((s) => s.done < s.total)?.id ?? null };
}

// Everything a page needs: the items, which are done (ticked or by fact), and progress.
export function evaluate(f: CaseFacts, ticked: ReadonlySet<string>, today: string = todayInBelgrade()) {
  const items = checklistFor(f, today);
  const byFacts = keysDoneByFacts(f);
  const doneKeys = new Set(items.filter((i) => (i.byFact ? byFacts.has(i.key) : ticked.has(i.key))).map((i) => i.key));
  return { items, doneKeys, progress: progressOf(items, doneKeys) };
}

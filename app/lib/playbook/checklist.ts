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
  // Someone in Serbia acts for the person (who is abroad) with a power of attorney.
  representative?: "yes" | "no" | null;
};

// The label is the message "checklist.<key>" (app/lib/i18n/messages).
export type ChecklistItem = {
  key: string;
  step: StepId;
  // Items done by a recorded fact are not ticked by hand.
  byFact: boolean;
};

// The facts plus today's date (Belgrade), which some rules compare with.
type Ctx = CaseFacts & { today: string };

type Rule = {
  key: string;
  step: StepId;
  when?: (f: Ctx) => boolean;
  doneBy?: (f: CaseFacts) => boolean;
};

const postpaid = (f: CaseFacts) => f.planType === "postpaid";
const prepaid = (f: CaseFacts) => f.planType === "prepaid";
const via = (...channels: Channel[]) => (f: CaseFacts) => f.channel !== null && channels.includes(f.channel);
const writesLetter = via("shop", "email", "letter");
const represented = (f: CaseFacts) => f.representative === "yes";


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
    doneBy: (f) => f.accountProblems !== null && (f.planType === "prepaid" || f.unpaidBills !== null),
  },
  { key: "bills-paid", step: "eligibility", when: (f) => postpaid(f) && f.unpaidBills !== "no" },
  {
    key: "term-cost-asked",
    step: "eligibility",
    when: (f) => postpaid(f) && (f.contractEndDate === null || f.contractEndDate > f.today),
  },
  {
    key: "account-ok",
    step: "eligibility",
    when: (f) => f.accountProblems === "yes" || f.accountProblems === "unknown",
  },
  // 2. prepare
  { key: "twofa-bank", step: "prepare" },
  { key: "twofa-euprava", step: "prepare" },
  { key: "messengers-moved", step: "prepare" },
  { key: "balance-used", step: "prepare", when: prepaid },
  { key: "contacts-saved", step: "prepare" },
  { key: "keep-number-decided", step: "prepare" },
  // 3. contact
  { key: "channel-chosen", step: "contact", doneBy: (f) => f.channel !== null },
  { key: "bills-asked", step: "contact", when: postpaid },
  { key: "poa-certified", step: "contact", when: represented },
  // 4. submit
  { key: "id-document-given", step: "submit", doneBy: (f) => f.idDocument !== null },
  { key: "holder-name-given", step: "submit", when: writesLetter, doneBy: (f) => !!f.holderName },
  { key: "shop-id", step: "submit", when: via("shop") },
  { key: "shop-letter", step: "submit", when: via("shop") },
  { key: "shop-stamp", step: "submit", when: via("shop") },
  { key: "email-letter", step: "submit", when: via("email") },
  { key: "email-id", step: "submit", when: via("email") },
  { key: "email-sent", step: "submit", when: via("email") },
  { key: "letter-contract-no", step: "submit", when: (f) => via("letter")(f) && postpaid(f) },
  { key: "letter-signed", step: "submit", when: via("letter") },
  { key: "letter-registered", step: "submit", when: via("letter") },
  { key: "porting-id", step: "submit", when: via("porting") },
  { key: "porting-last-bill", step: "submit", when: (f) => via("porting")(f) && postpaid(f) },
  { key: "porting-registered", step: "submit", when: (f) => via("porting")(f) && prepaid(f) },
  { key: "poa-handed", step: "submit", when: represented },
  { key: "submission-recorded", step: "submit", doneBy: (f) => f.submittedOn !== null },
  // 5. wait
  { key: "answer-recorded", step: "wait", doneBy: (f) => f.answerOn !== null },
  // 6. confirm
  { key: "line-closed", step: "confirm", doneBy: (f) => f.closedOn !== null },
  { key: "final-bill-paid", step: "confirm", when: postpaid },
  { key: "sim-destroyed", step: "confirm" },
];

export function checklistFor(f: CaseFacts, today: string = todayInBelgrade()): ChecklistItem[] {
  const ctx: Ctx = { ...f, today };
  const steps = stepsFor(f);
  return RULES.filter((r) => steps.includes(r.step) && (r.when?.(ctx) ?? true)).map((r) => ({
    key: r.key,
    step: r.step,
    byFact: r.doneBy !== undefined,
  }));
}

// Keys done by the case's recorded facts.
export function keysDoneByFacts(f: CaseFacts): Set<string> {
  return new Set(RULES.filter((r) => r.doneBy?.(f)).map((r) => r.key));
}

export type StepProgress = { id: StepId; done: number; total: number };
export type Progress = { done: number; total: number; nextStep: StepId | null; steps: StepProgress[] };

export function progressOf(items: readonly ChecklistItem[], doneKeys: ReadonlySet<string>): Progress {
  const present = STEP_IDS.filter((s) => items.some((i) => i.step === s));
  const steps = present.map((id) => {
    const inStep = items.filter((i) => i.step === id);
    return { id, total: inStep.length, done: inStep.filter((i) => doneKeys.has(i.key)).length };
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

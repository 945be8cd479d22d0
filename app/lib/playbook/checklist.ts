// What a person must do, derived from the case's answers by pure functions. The ticks a
// person made are stored by item key; an item may instead be done by an answer the person
// recorded (e.g. the submission date). When answers change, ticks of items that are still
// required stay, because they are matched by key.
import { AFTERLIFE, UNLINK_KEY } from "@/app/lib/playbook/afterlife";
import {
  CHANNELS,
  STEP_IDS,
  type Answer,
  type Channel,
  type IdDocument,
  type OperatorId,
  type PlanType,
  type PrepaidRegistration,
  type Reason,
  type StepId,
  type YesNo,
} from "@/app/lib/vocabulary";
import { registeredToPerson } from "@/app/lib/playbook/registration";

// What the person told Odjava about the line, as the playbook reads it.
export type CaseAnswers = {
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
  representative?: YesNo | null;
  // The day a price or terms change notice arrived (playbook/rights.ts).
  priceNoticeOn?: string | null;
  // Keep the number (port it to another operator) or give it up, asked on the first step.
  keepNumber?: YesNo | null;
  // A device bought on instalments with the contract (a debt of its own).
  deviceInstalments?: YesNo | null;
  // Issue 16, items 2 and 7: a prepaid card's registration (playbook/registration.ts);
  // whether the person has already left Serbia, and their address abroad; why the contract
  // ends (the letter's reason: "moving-abroad" also means leaving).
  prepaidRegistration?: PrepaidRegistration | null;
  abroad?: YesNo | null;
  foreignAddress?: string | null;
  reason?: Reason | null;
};

// The label is the message "checklist.<key>" (app/lib/i18n/messages).
export type ChecklistItem = {
  key: string;
  step: StepId;
  // Items done by a recorded fact are not ticked by hand.
  byFact: boolean;
};

// The answers plus today's date (Belgrade), which some rules compare with.
type WithToday = CaseAnswers & { today: string };

type Rule = {
  key: string;
  step: StepId;
  when?: (f: WithToday) => boolean;
  doneBy?: (f: CaseAnswers) => boolean;
};

const postpaid = (f: CaseAnswers) => f.planType === "postpaid";
const prepaid = (f: CaseAnswers) => f.planType === "prepaid";

// Keeping the number means porting it: the porting request to the new operator is itself
// the end of the old contract, and a termination would switch the number off. Giving it up
// rules porting out. Unanswered, every channel stays open as before. Someone already
// abroad reaches a shop only through a representative in Serbia.
type ChannelAnswers = Pick<CaseAnswers, "keepNumber" | "abroad" | "representative">;
export function channelsFor(f: ChannelAnswers): readonly Channel[] {
  const byNumber = f.keepNumber === "yes" ? (["porting"] as const) : f.keepNumber === "no" ? CHANNELS.filter((c) => c !== "porting") : CHANNELS;
  return f.abroad === "yes" && f.representative !== "yes" ? byNumber.filter((c) => c !== "shop") : byNumber;
}

// The channel the case follows: the one chosen, when the answers allow it.
export function channelOf(f: ChannelAnswers & Pick<CaseAnswers, "channel">): Channel | null {
  if (f.keepNumber === "yes") return "porting";
  return f.channel !== null && channelsFor(f).includes(f.channel) ? f.channel : null;
}

// Whether Odjava writes a termination request for the case (the letter, the shop sheet):
// never for a number being ported.
export function writesTermination(f: ChannelAnswers & Pick<CaseAnswers, "channel">): boolean {
  return channelOf(f) !== "porting";
}

const via =
  (...channels: Channel[]) =>
  (f: CaseAnswers) => {
    const channel = channelOf(f);
    return channel !== null && channels.includes(channel);
  };
const keeps = (f: CaseAnswers) => f.keepNumber === "yes";
const givesUpOrUnsure = (f: CaseAnswers) => f.keepNumber !== "yes";
const writesLetter = via("shop", "email", "letter");
const represented = (f: CaseAnswers) => f.representative === "yes";
// Issue 16, items 2 and 7.
const away = (f: CaseAnswers) => f.abroad === "yes";
const leaving = (f: CaseAnswers) => away(f) || f.reason === "moving-abroad";
const registered = (f: CaseAnswers) => registeredToPerson(f.prepaidRegistration);

// The step list: a prepaid card handed in at a shop is settled at the counter, so it has
// no separate wait step; everything sent, ported or postpaid waits for an answer.
export function stepsFor(f: CaseAnswers): StepId[] {
  const skipWait = f.planType === "prepaid" && channelOf(f) === "shop";
  return STEP_IDS.filter((s) => !(s === "wait" && skipWait));
}

// Order matters: items show in this order within their step.
const BASE_RULES: readonly Rule[] = [
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
  { key: "instalments-known", step: "eligibility", when: (f) => postpaid(f) && f.deviceInstalments === "yes" },
  {
    key: "account-ok",
    step: "eligibility",
    when: (f) => f.accountProblems === "yes" || f.accountProblems === "unknown",
  },
  // 2. prepare: a number given up stops receiving codes, so everything tied to it moves
  // first (the number's afterlife, afterlife.ts); a number kept moves with its accounts
  // and goes through the porting pre-check instead.
  ...AFTERLIFE.map((s) => ({ key: s.key, step: "prepare" as const, when: givesUpOrUnsure })),
  { key: "balance-used", step: "prepare", when: prepaid },
  { key: "contacts-saved", step: "prepare" },
  { key: "keep-number-decided", step: "prepare", when: (f) => f.keepNumber == null },
  { key: "porting-checked", step: "prepare", when: keeps },
  // 3. contact
  { key: "channel-chosen", step: "contact", doneBy: (f) => channelOf(f) !== null },
  { key: "porting-no-termination", step: "contact", when: keeps },
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
  { key: "letter-registered", step: "submit", when: (f) => via("letter")(f) && !away(f) },
  { key: "porting-id", step: "submit", when: via("porting") },
  { key: "porting-last-bill", step: "submit", when: (f) => via("porting")(f) && postpaid(f) },
  // Done by the registration answer (registered with a document), not by a tick.
  { key: "porting-registered", step: "submit", when: (f) => via("porting")(f) && prepaid(f), doneBy: registered },
  { key: "poa-handed", step: "submit", when: represented },
  { key: "submission-recorded", step: "submit", doneBy: (f) => f.submittedOn !== null },
  // 5. wait
  { key: "answer-recorded", step: "wait", doneBy: (f) => f.answerOn !== null },
  // 6. confirm
  { key: "line-closed", step: "confirm", doneBy: (f) => f.closedOn !== null },
  { key: "final-bill-paid", step: "confirm", when: postpaid },
  // A recycled number receives the codes of apps still tied to it; a ported one lives on.
  { key: UNLINK_KEY, step: "confirm", when: givesUpOrUnsure },
  { key: "sim-destroyed", step: "confirm" },
];

// Issue 16, items 2 and 7 (a prepaid card's registration; already abroad). Kept in a block
// of their own so other work on the rules merges apart; `after` puts an item right behind
// that item, else it comes last in its step.
type PlacedRule = Rule & { after?: string };
const ABROAD_AND_REGISTRATION_RULES: readonly PlacedRule[] = [
  { key: "registration-answered", step: "eligibility", when: prepaid, doneBy: (f) => f.prepaidRegistration != null },
  { key: "poa-notary-abroad", step: "contact", when: (f) => represented(f) && away(f), after: "poa-certified" },
  { key: "letter-international", step: "submit", when: (f) => via("letter")(f) && away(f), after: "letter-signed" },
  {
    key: "foreign-address-given",
    step: "submit",
    when: (f) => writesLetter(f) && away(f),
    doneBy: (f) => !!f.foreignAddress?.trim(),
    after: "holder-name-given",
  },
  { key: "refund-iban-abroad", step: "submit", when: (f) => writesLetter(f) && away(f), after: "foreign-address-given" },
  // A card registered to the person stays theirs until it lapses or is handed in.
  { key: "registration-released", step: "confirm", when: (f) => prepaid(f) && registered(f) && givesUpOrUnsure(f) && leaving(f), after: "line-closed" },
];

function placed(base: readonly Rule[], extra: readonly PlacedRule[]): Rule[] {
  const rules = [...base];
  for (const { after, ...rule } of extra) {
    const behind = after ? rules.findIndex((r) => r.key === after) : rules.findLastIndex((r) => r.step === rule.step);
    rules.splice(behind + 1, 0, rule);
  }
  return rules;
}

const RULES: readonly Rule[] = placed(BASE_RULES, ABROAD_AND_REGISTRATION_RULES);

export function checklistFor(f: CaseAnswers, today: string): ChecklistItem[] {
  const withToday: WithToday = { ...f, today };
  const steps = stepsFor(f);
  return RULES.filter((r) => steps.includes(r.step) && (r.when?.(withToday) ?? true)).map((r) => ({
    key: r.key,
    step: r.step,
    byFact: r.doneBy !== undefined,
  }));
}

// Keys done by the case's recorded facts.
export function keysDoneByFacts(f: CaseAnswers): Set<string> {
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
export function evaluate(f: CaseAnswers, ticked: ReadonlySet<string>, today: string) {
  const items = checklistFor(f, today);
  const byFacts = keysDoneByFacts(f);
  const doneKeys = new Set(items.filter((i) => (i.byFact ? byFacts.has(i.key) : ticked.has(i.key))).map((i) => i.key));
  return { items, doneKeys, progress: progressOf(items, doneKeys) };
}

const stepDone = (p: Progress, id: StepId) => {
  const s = p.steps.find((x) => x.id === id);
  return !!s && s.done === s.total;
};

// What a change did to the steps: those that became done or open again (for the
// timeline), and whether the step list itself changed (the page must render again).
export function stepChanges(
  before: Progress,
  after: Progress,
): { events: { type: "step_completed" | "step_reopened"; step: StepId }[]; stepsChanged: boolean } {
  const events = after.steps
    .filter((s) => stepDone(before, s.id) !== stepDone(after, s.id))
    .map((s) => ({ type: stepDone(after, s.id) ? ("step_completed" as const) : ("step_reopened" as const), step: s.id }));
  return { events, stepsChanged: events.length > 0 || before.steps.length !== after.steps.length };
}

import "server-only";
import { db } from "../db";
import { evaluate, type CaseFacts, type Progress, type StepId } from "../playbook/checklist";
import type { OperatorId } from "../playbook/operators";
import type { NewCaseInput } from "./schemas";
import type { PortingAnswers } from "../playbook/porting";
import { removeCaseFiles } from "../evidence/store";

// Every function here takes the signed-in user's id and scopes its query by it: a case
// that belongs to someone else is indistinguishable from one that does not exist.

export type CaseEventView = { id: string; type: string; payload: Record<string, string>; createdAt: Date };

const FACT_FIELDS = {
  operator: true,
  planType: true,
  contractEndDate: true,
  unpaidBills: true,
  accountProblems: true,
  channel: true,
  idDocument: true,
  holderName: true,
  submittedOn: true,
  answerOn: true,
  closedOn: true,
  representative: true,
} as const;

const PORTING_FIELDS = { portRegistered: true, portDebts: true, portRecent: true, portCommitment: true, portStolen: true } as const;

type FactRow = { [K in keyof typeof FACT_FIELDS]: string | null };

// The stored strings were validated on the way in; this only narrows their types.
function factsOf(row: FactRow): CaseFacts {
  return {
    operator: (row.operator ?? "other") as OperatorId,
    planType: row.planType === "prepaid" ? "prepaid" : "postpaid",
    contractEndDate: row.contractEndDate,
    unpaidBills: row.unpaidBills as CaseFacts["unpaidBills"],
    accountProblems: row.accountProblems as CaseFacts["accountProblems"],
    channel: row.channel as CaseFacts["channel"],
    idDocument: row.idDocument as CaseFacts["idDocument"],
    holderName: row.holderName,
    submittedOn: row.submittedOn,
    answerOn: row.answerOn,
    closedOn: row.closedOn,
    representative: row.representative === "yes" || row.representative === "no" ? row.representative : null,
  };
}

function parsePayload(text: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export async function listCases(userId: string) {
  const rows = await db.case.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    select: { id: true, phoneE164: true, updatedAt: true, ...FACT_FIELDS, items: { where: { done: true }, select: { key: true } } },
  });
  return rows.map((c) => {
    const facts = factsOf(c);
    const { progress } = evaluate(facts, new Set(c.items.map((i) => i.key)));
    return { id: c.id, operator: facts.operator, phoneE164: c.phoneE164, planType: facts.planType, closedOn: c.closedOn, updatedAt: c.updatedAt, progress };
  });
}

export async function getCase(userId: string, caseId: string) {
  const c = await db.case.findFirst({
    where: { id: caseId, userId },
    select: {
      id: true,
      phoneE164: true,
      ...FACT_FIELDS,
      letterPlace: true,
      reason: true,
      operatorReference: true,
      answerNote: true,
      ...PORTING_FIELDS,
      lastTopUp: true,
      billCheck1: true,
      billCheck2: true,
      postReceiptNo: true,
      receivedOn: true,
      currentStep: true,
      createdAt: true,
      updatedAt: true,
      items: { select: { key: true, done: true, doneAt: true } },
      events: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, payload: true, createdAt: true } },
    },
  });
  if (!c) return null;
  const facts = factsOf(c);
  const stored = new Map(c.items.map((i) => [i.key, i]));
  const ticked = new Set(c.items.filter((i) => i.done).map((i) => i.key));
  const { items, doneKeys, progress } = evaluate(facts, ticked);
  const view = items.map((item) => ({
    ...item,
    done: doneKeys.has(item.key),
    doneAt: !item.byFact && doneKeys.has(item.key) ? (stored.get(item.key)?.doneAt ?? null) : null,
  }));
  const events: CaseEventView[] = c.events.map((e) => ({ ...e, payload: parsePayload(e.payload) }));
  return {
    id: c.id,
    phoneE164: c.phoneE164,
    facts,
    letterPlace: c.letterPlace,
    reason: c.reason,
    operatorReference: c.operatorReference,
    answerNote: c.answerNote,
    porting: {
      portRegistered: c.portRegistered,
      portDebts: c.portDebts,
      portRecent: c.portRecent,
      portCommitment: c.portCommitment,
      portStolen: c.portStolen,
    } as PortingAnswers,
    lastTopUp: c.lastTopUp,
    billChecks: [c.billCheck1, c.billCheck2] as [string | null, string | null],
    postReceiptNo: c.postReceiptNo,
    receivedOn: c.receivedOn,
    currentStep: c.currentStep,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    items: view,
    progress,
    events,
  };
}
export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;

export async function createCase(userId: string, input: NewCaseInput) {
  return db.case.create({
    data: {
      userId,
      operator: input.operator,
      phoneE164: input.phone,
      planType: input.planType,
      contractEndDate: input.contractEndDate ?? null,
      events: { create: { type: "case_created", payload: "{}" } },
    },
    select: { id: true },
  });
}

class Refused extends Error {}
type Evaluated = ReturnType<typeof evaluate> & { facts: CaseFacts; ticked: Set<string> };
type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
type Change = {
  events: { type: string; payload?: object }[];
  // The case's state after the change when the change knows it (a tick does); otherwise
  // it is read back.
  after?: { facts: CaseFacts; ticked: Set<string> };
};
// What a change did to the case's progress; `stepsChanged` when a step became done or
// open again (which also moves the current step and adds to the timeline).
export type ChangeOutcome = { progress: Progress; stepsChanged: boolean };

// Runs one change to a case inside a transaction that first writes the case row, which
// locks it: changes to one case run one after another and each sees the one before.
// Afterwards it records steps that became done or open again, and the current step.
// `change` returns extra events to record, or throws Refused to write nothing.
// Null when the case is not the user's or the change was refused.
async function changeCase(userId: string, caseId: string, change: (tx: Tx, before: Evaluated) => Promise<Change>): Promise<ChangeOutcome | null> {
  return db
    .$transaction(async (tx) => {
      const owned = await tx.case.updateMany({ where: { id: caseId, userId }, data: { updatedAt: new Date() } });
      if (owned.count === 0) throw new Refused();
      const read = async () => {
        const row = await tx.case.findUniqueOrThrow({
          where: { id: caseId },
          select: { ...FACT_FIELDS, currentStep: true, items: { where: { done: true }, select: { key: true } } },
        });
        return { facts: factsOf(row), ticked: new Set(row.items.map((i) => i.key)), currentStep: row.currentStep };
      };
      const evaluated = (state: { facts: CaseFacts; ticked: Set<string> }): Evaluated => ({ ...state, ...evaluate(state.facts, state.ticked) });
      const stored = await read();
      const before = evaluated(stored);
      const { events, after: known } = await change(tx, before);
      const after = evaluated(known ?? (await read()));

      const stepDone = (p: Progress, id: StepId) => {
        const s = p.steps.find((x) => x.id === id);
        return !!s && s.done === s.total;
      };
      for (const step of after.progress.steps) {
        const was = stepDone(before.progress, step.id);
        const is = stepDone(after.progress, step.id);
        if (was !== is) events.push({ type: is ? "step_completed" : "step_reopened", payload: { step: step.id } });
      }
      for (const e of events) {
        await tx.caseEvent.create({ data: { caseId, type: e.type, payload: JSON.stringify(e.payload ?? {}) } });
      }
      const nextStep = after.progress.nextStep ?? "done";
      if (nextStep !== stored.currentStep) {
        await tx.case.update({ where: { id: caseId }, data: { currentStep: nextStep } });
      }
      const stepsChanged =
        before.progress.steps.length !== after.progress.steps.length ||
        after.progress.steps.some((s) => stepDone(before.progress, s.id) !== stepDone(after.progress, s.id));
      return { progress: after.progress, stepsChanged };
    })
    .catch((error: unknown) => {
      if (error instanceof Refused) return null;
      throw error;
    });
}

// Ticks or unticks one item: a single-row upsert keyed by (case, item), so two tabs
// ticking different items never overwrite each other. Null when the case is not the
// user's, or the item is not one this case's checklist lets a person tick.
export async function setItemDone(userId: string, caseId: string, key: string, done: boolean) {
  const now = new Date();
  const outcome = await changeCase(userId, caseId, async (tx, before) => {
    const item = before.items.find((i) => i.key === key);
    if (!item || item.byFact) throw new Refused();
    await tx.checklistItem.upsert({
      where: { caseId_key: { caseId, key } },
      create: { caseId, key, done, doneAt: done ? now : null },
      update: { done, doneAt: done ? now : null },
    });
    const ticked = new Set(before.ticked);
    if (done) ticked.add(key);
    else ticked.delete(key);
    return { events: [], after: { facts: before.facts, ticked } };
  });
  return outcome ? { done, doneAt: done ? now : null, ...outcome } : null;
}

export type FactPatch = Partial<{
  unpaidBills: string | null;
  accountProblems: string | null;
  contractEndDate: string | null;
  channel: string | null;
  idDocument: string | null;
  holderName: string | null;
  letterPlace: string | null;
  reason: string | null;
  submittedOn: string | null;
  operatorReference: string | null;
  answerOn: string | null;
  answerNote: string | null;
  closedOn: string | null;
  portRegistered: string | null;
  portDebts: string | null;
  portRecent: string | null;
  portCommitment: string | null;
  portStolen: string | null;
  lastTopUp: string | null;
  billCheck1: string | null;
  billCheck2: string | null;
  representative: string | null;
  postReceiptNo: string | null;
  receivedOn: string | null;
}>;

// Milestones that go on the timeline when their date is first recorded or changed.
const MILESTONES = [
  ["submittedOn", "submitted"],
  ["answerOn", "answer_received"],
  ["closedOn", "line_closed"],
] as const;

export type FactSaveResult = { ok: true } | { ok: false; notFound: true } | { ok: false; conflicts: (keyof FactPatch)[] };

// Saves what the person changed on a form, field by field. `base` is what the form showed
// when it was loaded. A field equal to its base was not touched and is not written, so two
// devices editing different fields never undo each other. A touched field that another
// device changed meanwhile (stored value neither the base nor the new value) refuses the
// whole save, and nothing is written: no update is ever silently lost.
export async function updateCaseFacts(userId: string, caseId: string, patch: FactPatch, base: FactPatch): Promise<FactSaveResult> {
  const fields = (Object.keys(patch) as (keyof FactPatch)[]).filter((f) => (patch[f] ?? null) !== (base[f] ?? null));
  let conflicts: (keyof FactPatch)[] = [];
  const outcome = await changeCase(userId, caseId, async (tx, before) => {
    if (fields.length === 0) return { events: [] };
    const current = (await tx.case.findUniqueOrThrow({
      where: { id: caseId },
      select: Object.fromEntries(fields.map((f) => [f, true])),
    })) as unknown as Record<string, string | null>;
    conflicts = fields.filter((f) => current[f] !== (base[f] ?? null) && current[f] !== (patch[f] ?? null));
    if (conflicts.length > 0) throw new Refused();
    const changes = Object.fromEntries(fields.map((f) => [f, patch[f] ?? null])) as FactPatch;
    await tx.case.update({ where: { id: caseId }, data: changes });
    const events: { type: string; payload?: object }[] = [];
    for (const [field, type] of MILESTONES) {
      const value = changes[field];
      if (value && value !== before.facts[field]) {
        const channel = field === "submittedOn" ? (changes.channel ?? before.facts.channel) : null;
        events.push({ type, payload: { date: value, ...(channel ? { channel } : {}) } });
      }
    }
    return { events };
  });
  if (conflicts.length > 0) return { ok: false, conflicts };
  return outcome ? { ok: true } : { ok: false, notFound: true };
}

// Deletes a case with everything in it: ticks, timeline and receipt rows go with the row
// (ON DELETE CASCADE), then its folder of receipt files. False when it is not this
// user's case.
export async function deleteCase(userId: string, caseId: string): Promise<boolean> {
  const { count } = await db.case.deleteMany({ where: { id: caseId, userId } });
  if (count === 0) return false;
  await removeCaseFiles(caseId);
  return true;
}

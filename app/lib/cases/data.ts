import "server-only";
import { db } from "../db";
import { checklistFor, progressOf, type PlanType, type StepId } from "../playbook/checklist";
import type { NewCaseInput } from "./schemas";
import type { CaseEventView } from "./events";

// Every function here takes the signed-in user's id and scopes its query by it: a case
// that belongs to someone else is indistinguishable from one that does not exist.


function planOf(value: string): PlanType {
  return value === "prepaid" ? "prepaid" : "postpaid";
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
    select: {
      id: true,
      operator: true,
      phoneE164: true,
      planType: true,
      updatedAt: true,
      items: { where: { done: true }, select: { key: true } },
    },
  });
  return rows.map((c) => {
    const progress = progressOf(checklistFor(planOf(c.planType)), new Set(c.items.map((i) => i.key)));
    return { id: c.id, operator: c.operator, phoneE164: c.phoneE164, planType: planOf(c.planType), updatedAt: c.updatedAt, progress };
  });
}

export async function getCase(userId: string, caseId: string) {
  const c = await db.case.findFirst({
    where: { id: caseId, userId },
    select: {
      id: true,
      operator: true,
      phoneE164: true,
      planType: true,
      contractEndDate: true,
      currentStep: true,
      createdAt: true,
      updatedAt: true,
      items: { select: { key: true, done: true, doneAt: true } },
      events: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, payload: true, createdAt: true } },
    },
  });
  if (!c) return null;
  const plan = planOf(c.planType);
  const checklist = checklistFor(plan);
  const stored = new Map(c.items.map((i) => [i.key, i]));
  const items = checklist.map((item) => {
    const tick = stored.get(item.key);
    return { ...item, done: tick?.done ?? false, doneAt: tick?.done ? (tick.doneAt ?? null) : null };
  });
  const progress = progressOf(checklist, new Set(items.filter((i) => i.done).map((i) => i.key)));
  const events: CaseEventView[] = c.events.map((e) => ({ ...e, payload: parsePayload(e.payload) }));
  return { ...c, planType: plan, items, progress, events };
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

// Ticks or unticks one item: a single-row upsert keyed by (case, item), so two tabs
// ticking different items never overwrite each other. Returns null when the case is not
// the user's or the item is not on its checklist.
class NotOnChecklist extends Error {}

export async function setItemDone(userId: string, caseId: string, key: string, done: boolean) {
  return db.$transaction(async (tx) => {
    // Writing the case row first locks it, so ticks on one case run one after another
    // and each sees the ticks before it (the step events and currentStep depend on that).
    const owned = await tx.case.updateMany({ where: { id: caseId, userId }, data: { updatedAt: new Date() } });
    if (owned.count === 0) return null;
    const c = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { planType: true } });
    const checklist = checklistFor(planOf(c.planType));
    const item = checklist.find((i) => i.key === key);
    if (!item) throw new NotOnChecklist(); // rolls back the lock's write too

    const stepItems = checklist.filter((i) => i.step === item.step).map((i) => i.key);
    const doneBefore = new Set(
      (await tx.checklistItem.findMany({ where: { caseId, done: true }, select: { key: true } })).map((i) => i.key),
    );
    const now = new Date();
    await tx.checklistItem.upsert({
      where: { caseId_key: { caseId, key } },
      create: { caseId, key, done, doneAt: done ? now : null },
      update: { done, doneAt: done ? now : null },
    });
    const doneAfter = new Set(doneBefore);
    if (done) doneAfter.add(key);
    else doneAfter.delete(key);

    const stepWasDone = stepItems.every((k) => doneBefore.has(k));
    const stepIsDone = stepItems.every((k) => doneAfter.has(k));
    if (stepWasDone !== stepIsDone) {
      await tx.caseEvent.create({
        data: { caseId, type: stepIsDone ? "step_completed" : "step_reopened", payload: JSON.stringify({ step: item.step }) },
      });
    }
    const nextStep: StepId | null = progressOf(checklist, doneAfter).nextStep;
    await tx.case.update({ where: { id: caseId }, data: { currentStep: nextStep ?? "done" } });
    return { done, doneAt: done ? now : null };
  }).catch((error: unknown) => {
    if (error instanceof NotOnChecklist) return null;
    throw error;
  });
}

import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/app/lib/db/client";
import { withLockedAccount, withLockedCase, type Tx } from "@/app/lib/db/locked-case";
import { refuse, type Result } from "@/app/lib/result";
import { channelOf, evaluate, stepChanges, type CaseAnswers, type Progress } from "@/app/lib/playbook/checklist";
import { caseFolderPath } from "@/app/lib/evidence/store";
import { finishRemovals, journalRemovals } from "@/app/lib/evidence/removals";
import type { AnswerField, AnswerPatch } from "@/app/lib/cases/fields";
import { CASE_COLUMNS, answersOf, type CaseRow } from "@/app/lib/cases/queries";
import type { NewCaseInput } from "@/app/lib/cases/schemas";
import { MAX_CASES_PER_ACCOUNT } from "@/app/lib/cases/limits";
import { syncReminders } from "@/app/lib/reminders/schedule";

// Changes to cases. Like the queries, each takes the signed-in user's id and touches only
// that user's case; the moment (`now`) and Belgrade's date (`today`) are passed in.

export type Clock = { now: Date; today: string };
type CaseEvent = { type: string; payload?: object };
type State = { answers: CaseAnswers; ticked: Set<string> };

// What a change did to the case's progress; `stepsChanged` when a step became done or
// open again (the page then renders again).
export type ChangeOutcome = { progress: Progress; stepsChanged: boolean };

// Raw statements, like getCase's (app/lib/cases/queries.ts): every change reads the case
// once or twice, and Prisma 6 would compile the nested read each time (a tick's 18 ms of
// CPU held 3.2 ms of compiling; issue 18).
async function readState(tx: Tx, caseId: string): Promise<State> {
  const [row] = await tx.$queryRaw<CaseRow[]>`SELECT ${CASE_COLUMNS} FROM "Case" WHERE "id" = ${caseId}`;
  if (!row) throw new Error(`case ${caseId} vanished inside its own lock`);
  const items = await tx.$queryRaw<{ key: string; done: boolean }[]>`SELECT "key", "done" FROM "ChecklistItem" WHERE "caseId" = ${caseId}`;
  return { answers: answersOf(row), ticked: new Set(items.filter((i) => i.done).map((i) => i.key)) };
}

// One change to a case, with the case locked: `change` writes and returns the events it
// adds (and the state after, when it knows it); the steps it completed or reopened go on
// the timeline too.
async function changeCase<R extends string = never>(
  userId: string,
  caseId: string,
  clock: Clock,
  change: (tx: Tx, before: State & ReturnType<typeof evaluate>) => Promise<{ events: CaseEvent[]; after?: State }>,
) {
  return withLockedCase<ChangeOutcome, R>(userId, caseId, clock.now, async (tx) => {
    const stored = await readState(tx, caseId);
    const before = { ...stored, ...evaluate(stored.answers, stored.ticked, clock.today) };
    const { events, after: known } = await change(tx, before);
    const after = known ?? (await readState(tx, caseId));
    const { progress } = evaluate(after.answers, after.ticked, clock.today);
    const steps = stepChanges(before.progress, progress);
    const all = [...events, ...steps.events.map((e) => ({ type: e.type, payload: { step: e.step } }))];
    for (const e of all) await tx.caseEvent.create({ data: { caseId, type: e.type, payload: JSON.stringify(e.payload ?? {}) } });
    return { progress, stepsChanged: steps.stepsChanged };
  });
}

// Opens a case, unless the account holds MAX_CASES_PER_ACCOUNT already (counted with the
// account locked, so cases opened at the same moment cannot pass the limit together).
export async function createCase(userId: string, input: NewCaseInput, today: string): Promise<Result<{ id: string }, "notFound" | "tooManyCases">> {
  return withLockedAccount<{ id: string }, "tooManyCases">(userId, async (tx) => {
    if ((await tx.case.count({ where: { userId } })) >= MAX_CASES_PER_ACCOUNT) refuse("tooManyCases");
    const created = await tx.case.create({
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
    await syncReminders(tx, created.id, today);
    return created;
  });
}

// Ticks or unticks one item: a single-row upsert keyed by (case, item), so two tabs
// ticking different items never overwrite each other. Refused when the item is not one
// this case's checklist lets a person tick.
export async function setItemDone(
  userId: string,
  caseId: string,
  key: string,
  done: boolean,
  clock: Clock,
): Promise<Result<ChangeOutcome, "notFound" | "notTickable">> {
  const doneAt = done ? clock.now : null;
  return changeCase<"notTickable">(userId, caseId, clock, async (tx, before) => {
    const item = before.items.find((i) => i.key === key);
    if (!item || item.byFact) refuse("notTickable");
    // Raw, as readState: the model API's upsert was compiled anew on every tick. The id is
    // random hex, a RecordId like the cuids Prisma gives (app/lib/validation.ts).
    await tx.$executeRaw`
      INSERT INTO "ChecklistItem" ("id", "caseId", "key", "done", "doneAt", "updatedAt") VALUES (${randomBytes(12).toString("hex")}, ${caseId}, ${key}, ${done}, ${doneAt}, ${clock.now})
      ON CONFLICT ("caseId", "key") DO UPDATE SET "done" = excluded."done", "doneAt" = excluded."doneAt", "updatedAt" = excluded."updatedAt"`;
    const ticked = new Set(before.ticked);
    if (done) ticked.add(key);
    else ticked.delete(key);
    return { events: [], after: { answers: before.answers, ticked } };
  });
}

// Milestones that go on the timeline when their date is first recorded or changed.
const MILESTONES = [
  ["submittedOn", "submitted"],
  ["answerOn", "answer_received"],
  ["closedOn", "line_closed"],
] as const;

// Saves what the person changed on a form, field by field. `base` is what the form showed
// when it was loaded. A field equal to its base was not touched and is not written, so two
// devices editing different fields never undo each other. A touched field that another
// device changed meanwhile (stored value neither the base nor the new value) refuses the
// whole save ("conflict", with the fields), and nothing is written: no update is ever
// silently lost.
export async function saveAnswers(
  userId: string,
  caseId: string,
  patch: AnswerPatch,
  base: AnswerPatch,
  clock: Clock,
): Promise<Result<ChangeOutcome, "notFound" | "conflict">> {
  const fields = (Object.keys(patch) as AnswerField[]).filter((f) => (patch[f] ?? null) !== (base[f] ?? null));
  return changeCase<"conflict">(userId, caseId, clock, async (tx, before) => {
    if (fields.length === 0) return { events: [] };
    const current = (await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: Object.fromEntries(fields.map((f) => [f, true])) })) as unknown as Record<
      string,
      string | null
    >;
    const conflicts = fields.filter((f) => current[f] !== (base[f] ?? null) && current[f] !== (patch[f] ?? null));
    if (conflicts.length > 0) refuse("conflict", conflicts);
    const changes: AnswerPatch = Object.fromEntries(fields.map((f) => [f, patch[f] ?? null]));
    await tx.case.update({ where: { id: caseId }, data: changes });
    await syncReminders(tx, caseId, clock.today);
    const events: CaseEvent[] = [];
    for (const [field, type] of MILESTONES) {
      const value = changes[field];
      if (value && value !== before.answers[field]) {
        // The channel the case follows (porting when the number is kept).
        const channel = field === "submittedOn" ? (changes.channel ?? channelOf(before.answers)) : null;
        events.push({ type, payload: { date: value, ...(channel ? { channel } : {}) } });
      }
    }
    return { events };
  });
}

// Deletes a case with everything in it: ticks, timeline and receipt rows go with the row
// (ON DELETE CASCADE), its folder of receipt files into the removal journal in the same
// transaction; then the folder.
export async function deleteCase(userId: string, caseId: string): Promise<Result<object, "notFound">> {
  const removals = await db.$transaction(async (tx) => {
    const { count } = await tx.case.deleteMany({ where: { id: caseId, userId } });
    return count === 0 ? null : journalRemovals(tx, [caseFolderPath(caseId)]);
  });
  if (!removals) return { ok: false, reason: "notFound" };
  await finishRemovals(removals);
  return { ok: true };
}

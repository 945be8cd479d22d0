import "server-only";
import { db } from "@/app/lib/db/client";
import { evaluate, type CaseAnswers } from "@/app/lib/playbook/checklist";
import { PORTING_QUESTIONS, type PortingAnswers } from "@/app/lib/playbook/porting";
import { ANSWERS, CHANNELS, ID_DOCUMENTS, KEEP_NUMBER, OPERATOR_IDS, PREPAID_REGISTRATION, REASONS, YES_NO, isOneOf } from "@/app/lib/vocabulary";
import { ANSWER_FIELD_NAMES, ANSWER_SELECT, type StoredAnswers } from "@/app/lib/cases/fields";
import { Prisma } from "@/app/lib/generated/sqlite/client";

// Reads of cases. Every function takes the signed-in user's id and scopes its query by
// it: a case that belongs to someone else is indistinguishable from one that does not
// exist. `today` (Belgrade) is passed in: some checklist rules compare dates with it.

export type CaseEventView = { id: string; type: string; payload: Record<string, string>; createdAt: Date };

const oneOf = <const V extends string>(values: readonly V[], value: string | null): V | null => (isOneOf(values, value) ? value : null);

// The playbook's view of a stored row. Values were validated on the way in; a value no
// vocabulary knows (written by an older version) reads as unanswered.
export function answersOf(row: StoredAnswers & { operator: string; planType: string }): CaseAnswers {
  return {
    operator: oneOf(OPERATOR_IDS, row.operator) ?? "other",
    planType: row.planType === "prepaid" ? "prepaid" : "postpaid",
    contractEndDate: row.contractEndDate,
    unpaidBills: oneOf(ANSWERS, row.unpaidBills),
    accountProblems: oneOf(ANSWERS, row.accountProblems),
    channel: oneOf(CHANNELS, row.channel),
    idDocument: oneOf(ID_DOCUMENTS, row.idDocument),
    holderName: row.holderName,
    submittedOn: row.submittedOn,
    answerOn: row.answerOn,
    closedOn: row.closedOn,
    representative: oneOf(YES_NO, row.representative),
    priceNoticeOn: row.priceNoticeOn,
    keepNumber: oneOf(KEEP_NUMBER, row.keepNumber),
    deviceInstalments: oneOf(YES_NO, row.deviceInstalments),
    prepaidRegistration: oneOf(PREPAID_REGISTRATION, row.prepaidRegistration),
    abroad: oneOf(YES_NO, row.abroad),
    foreignAddress: row.foreignAddress,
    reason: oneOf(REASONS, row.reason),
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

// Every case of the person, the last changed first, with its progress: two plain
// statements, like getCase's below (the nested findMany they replace was compiled anew on
// every request: 1.3 ms of /cases' 15 ms of CPU in a profile; issue 18).
export async function listCases(userId: string, today: string) {
  const [rows, ticked] = await Promise.all([
    db.$queryRaw<CaseRow[]>`SELECT ${CASE_COLUMNS} FROM "Case" WHERE "userId" = ${userId} ORDER BY "updatedAt" DESC`,
    db.$queryRaw<{ caseId: string; key: string }[]>`
      SELECT i."caseId", i."key" FROM "ChecklistItem" i JOIN "Case" c ON c."id" = i."caseId" WHERE c."userId" = ${userId} AND i."done" = ${true}`,
  ]);
  return rows.map((c) => {
    const answers = answersOf(c);
    const keys = new Set(ticked.filter((i) => i.caseId === c.id).map((i) => i.key));
    const { progress } = evaluate(answers, keys, today);
    return { id: c.id, operator: answers.operator, phoneE164: c.phoneE164, planType: answers.planType, closedOn: c.closedOn, updatedAt: c.updatedAt, progress };
  });
}

// The reads behind every case page, as three plain statements: Prisma 6's query compiler
// compiled the nested findFirst they replace anew on every request (2.2 ms of the case
// page's 29 ms of CPU in a profile; issue 18), and raw statements need no compiling. The
// adapters return typed values here too (Dates, booleans): cases-data.test.ts compares
// them with the model API's on both databases. Column names are the schema's own.
export const CASE_COLUMNS = Prisma.raw(
  ["id", "phoneE164", "operator", "planType", ...ANSWER_FIELD_NAMES, "createdAt", "updatedAt"].map((c) => `"${c}"`).join(", "),
);
export type CaseRow = StoredAnswers & { id: string; phoneE164: string; operator: string; planType: string; createdAt: Date; updatedAt: Date };

async function readCase(userId: string, caseId: string) {
  const [row] = await db.$queryRaw<CaseRow[]>`SELECT ${CASE_COLUMNS} FROM "Case" WHERE "id" = ${caseId} AND "userId" = ${userId}`;
  if (!row) return null;
  const [items, events] = await Promise.all([
    db.$queryRaw<{ key: string; done: boolean; doneAt: Date | null }[]>`SELECT "key", "done", "doneAt" FROM "ChecklistItem" WHERE "caseId" = ${caseId}`,
    db.$queryRaw<{ id: string; type: string; payload: string; createdAt: Date }[]>`
      SELECT "id", "type", "payload", "createdAt" FROM "CaseEvent" WHERE "caseId" = ${caseId} ORDER BY "createdAt" ASC`,
  ]);
  return { ...row, items, events };
}

export async function getCase(userId: string, caseId: string, today: string) {
  const c = await readCase(userId, caseId);
  if (!c) return null;
  const answers = answersOf(c);
  const stored = new Map(c.items.map((i) => [i.key, i]));
  const ticked = new Set(c.items.filter((i) => i.done).map((i) => i.key));
  const { items, doneKeys, progress } = evaluate(answers, ticked, today);
  const view = items.map((item) => ({
    ...item,
    done: doneKeys.has(item.key),
    doneAt: !item.byFact && doneKeys.has(item.key) ? (stored.get(item.key)?.doneAt ?? null) : null,
  }));
  const events: CaseEventView[] = c.events.map((e) => ({ ...e, payload: parsePayload(e.payload) }));
  return {
    id: c.id,
    phoneE164: c.phoneE164,
    answers,
    // Every stored answer as text, for the step forms.
    stored: Object.fromEntries(Object.keys(ANSWER_SELECT).map((f) => [f, c[f as keyof StoredAnswers]])) as StoredAnswers,
    // Narrowed like the answers above: a value no vocabulary knows reads as unanswered.
    porting: Object.fromEntries(PORTING_QUESTIONS.map((q) => [q, oneOf(ANSWERS, c[q])])) as PortingAnswers,
    billChecks: [c.billCheck1, c.billCheck2] as [string | null, string | null],
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    items: view,
    progress,
    events,
  };
}
export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;

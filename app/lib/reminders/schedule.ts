import "server-only";
import type { Tx } from "@/app/lib/db/locked-case";
import { remindersFor, type ReminderFacts } from "@/app/lib/playbook/reminders";
import { isOneOf, OPERATOR_IDS, PLAN_TYPES } from "@/app/lib/vocabulary";

// Keeps a case's reminder rows in line with its answers, inside the transaction that
// changed them: unsent reminders the answers no longer call for are deleted (a moved date
// leaves its old day), new ones are added. Sent ones stay, as the record of what went out.

const FACTS = {
  operator: true,
  planType: true,
  contractEndDate: true,
  submittedOn: true,
  answerOn: true,
  closedOn: true,
  lastTopUp: true,
  billCheck1: true,
  billCheck2: true,
  priceNoticeOn: true,
  receivedOn: true,
  billDueOn: true,
} as const;

// 09:00 in Belgrade on `day` (CET or CEST, whichever holds that day).
export function nineInBelgrade(day: string): Date {
  for (const offset of ["+01:00", "+02:00"]) {
    const at = new Date(`${day}T09:00:00${offset}`);
    const hour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Belgrade", hour: "2-digit", hourCycle: "h23" }).format(at);
    if (hour === "09") return at;
  }
  throw new Error(`no 09:00 in Belgrade on ${day}`);
}

export async function syncReminders(tx: Tx, caseId: string, today: string): Promise<void> {
  const row = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: FACTS });
  if (!isOneOf(OPERATOR_IDS, row.operator) || !isOneOf(PLAN_TYPES, row.planType)) return;
  const planned = remindersFor({ ...row, operator: row.operator, planType: row.planType } satisfies ReminderFacts, today);
  const key = (r: { kind: string; day: string }) => `${r.kind}|${r.day}`;
  const wanted = new Set(planned.map(key));
  const existing = await tx.reminder.findMany({ where: { caseId }, select: { id: true, kind: true, day: true, sentAt: true } });
  const stale = existing.filter((r) => !r.sentAt && !wanted.has(key(r))).map((r) => r.id);
  if (stale.length > 0) await tx.reminder.deleteMany({ where: { id: { in: stale } } });
  const have = new Set(existing.map(key));
  const added = planned.filter((r) => !have.has(key(r)));
  if (added.length > 0) await tx.reminder.createMany({ data: added.map((r) => ({ caseId, kind: r.kind, day: r.day, dueAt: nineInBelgrade(r.day) })) });
}

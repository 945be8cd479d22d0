import "server-only";
import { db } from "@/app/lib/db/client";
import { mailSettings, sendMail, type Mail } from "@/app/lib/mail/send";
import { REMINDER_KINDS, OPERATOR_IDS, isOneOf } from "@/app/lib/vocabulary";
import { reminderMail } from "@/app/lib/reminders/mail";
import { SEND_WITHIN_DAYS } from "@/app/lib/playbook/reminders";

const DAY_MS = 24 * 60 * 60 * 1000;

// Sends the reminders that are due. Each is claimed by a conditional update before it is
// sent, so of several app instances sweeping one database only one sends it; it is marked
// sent after. A sweep that dies between the two leaves a claim that goes stale, and the
// mail is sent again once, with the same Message-ID. A mail server that is down leaves the
// reminder due, tried again with growing waits. A reminder too late to help (30 days past
// its moment, fewer for some kinds: SEND_WITHIN_DAYS) is not sent any more.

export const CLAIM_STALE_MS = 5 * 60 * 1000;
const BATCH = 100;
const PARALLEL = 8;
// An address not yet confirmed, or a kind switched off: looked at again an hour later.
const WAIT_MS = 60 * 60 * 1000;

export type SweepResult = { sent: number; failed: number; waiting: number };

const backoffMs = (attempts: number) => Math.min(2 ** (attempts - 1), 60) * 60 * 1000;

function claimable(now: Date) {
  return { sentAt: null, OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now.getTime() - CLAIM_STALE_MS) } }] };
}

async function sendOne(id: string, now: Date, deliver: (mail: Mail) => Promise<void>): Promise<keyof SweepResult | null> {
  const claimed = await db.reminder.updateMany({ where: { id, ...claimable(now) }, data: { claimedAt: now } });
  if (claimed.count === 0) return null; // another sweep has it
  const r = await db.reminder.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      kind: true,
      day: true,
      attempts: true,
      case: {
        select: {
          id: true,
          operator: true,
          phoneE164: true,
          submittedOn: true,
          closedOn: true,
          lastTopUp: true,
          priceNoticeOn: true,
          billDueOn: true,
          user: { select: { id: true, email: true, locale: true, emailVerifiedAt: true, mailOptOuts: { select: { kind: true } } } },
        },
      },
    },
  });
  const { user, ...c } = r.case;
  if (!isOneOf(REMINDER_KINDS, r.kind) || !isOneOf(OPERATOR_IDS, c.operator) || !user.emailVerifiedAt || user.mailOptOuts.some((o) => o.kind === r.kind)) {
    await db.reminder.updateMany({ where: { id, claimedAt: now }, data: { claimedAt: null, retryAt: new Date(now.getTime() + WAIT_MS) } });
    return "waiting";
  }
  try {
    await deliver(reminderMail({ id: r.id, kind: r.kind, day: r.day, case: { ...c, operator: c.operator }, user }, mailSettings().publicUrl));
  } catch (error) {
    const attempts = r.attempts + 1;
    await db.reminder.updateMany({ where: { id }, data: { claimedAt: null, attempts, retryAt: new Date(now.getTime() + backoffMs(attempts)) } });
    console.error(`reminder ${r.kind}: not sent, try ${attempts} (${(error as Error).message})`);
    return "failed";
  }
  await db.$transaction([
    db.reminder.update({ where: { id }, data: { sentAt: new Date(), claimedAt: null } }),
    db.caseEvent.create({ data: { caseId: c.id, type: "reminder_sent", payload: JSON.stringify({ reminder: r.kind, date: r.day }) } }),
  ]);
  return "sent";
}

// Everything due at `now`, in batches, until nothing is left or a batch sends nothing
// (the mail server is down: the rest waits for its retry time).
export async function sweepReminders(now: Date, deliver: (mail: Mail) => Promise<void> = sendMail): Promise<SweepResult> {
  const result: SweepResult = { sent: 0, failed: 0, waiting: 0 };
  for (;;) {
    const due = await db.reminder.findMany({
      where: {
        ...claimable(now),
        dueAt: { lte: now },
        AND: [
          { OR: [{ retryAt: null }, { retryAt: { lte: now } }] },
          { OR: REMINDER_KINDS.map((kind) => ({ kind, dueAt: { gt: new Date(now.getTime() - SEND_WITHIN_DAYS[kind] * DAY_MS) } })) },
        ],
      },
      orderBy: { dueAt: "asc" },
      take: BATCH,
      select: { id: true },
    });
    const before = result.sent + result.failed + result.waiting;
    // PARALLEL sends in flight at all times (not in lockstep batches, where each batch
    // waited for its slowest mail: an instance sat idle 60% of a 1,000-reminder sweep).
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const outcome = await sendOne(due[next++]!.id, now, deliver);
        if (outcome) result[outcome]++;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if (due.length < BATCH || result.sent + result.failed + result.waiting === before) return result;
  }
}

// At server start and then every minute (ODJAVA_REMINDER_SWEEP_MS), one sweep at a time.
export function startReminderSweeps(): void {
  const every = Number(process.env.ODJAVA_REMINDER_SWEEP_MS ?? 60_000);
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const r = await sweepReminders(new Date());
      if (r.sent + r.failed > 0) console.info(`reminders: ${r.sent} sent, ${r.failed} failed, ${r.waiting} waiting`);
    } catch (error) {
      console.error(`reminder sweep failed: ${error}`);
    } finally {
      running = false;
    }
  };
  void run();
  setInterval(run, Number.isFinite(every) && every >= 1000 ? every : 60_000).unref();
}

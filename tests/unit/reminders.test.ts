// Reminder rows and their sweep against the real database and a real SMTP server.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { smtpSink, type Sink } from "@/tests/support/smtp-sink";
import { openCase } from "@/tests/support/open-case";
import { db } from "@/app/lib/db/client";
import { saveAnswers } from "@/app/lib/cases/commands";
import { addDays, todayInBelgrade } from "@/app/lib/calendar";
import { sweepReminders } from "@/app/lib/reminders/sweep";
import { readUnsubscribe, stopKind, unsubscribeQuery } from "@/app/lib/reminders/opt-outs";

let sink: Sink;
before(async () => {
  sink = await smtpSink();
  // Read by the app's mail settings at their first use, below.
  process.env.SMTP_URL = sink.url;
  process.env.ODJAVA_PUBLIC_URL = "https://odjava.example.test";
});
after(async () => {
  await sink.stop();
  await db.$disconnect();
});

const HOUR = 60 * 60 * 1000;
const now = new Date();
const today = todayInBelgrade(now);
const clock = { now, today };
const mailsTo = (email: string) => sink.mails.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(email)));

async function person(verified = true, locale = "en") {
  const email = `rem-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const user = await db.user.create({ data: { email, passwordHash: "x", locale, emailVerifiedAt: verified ? now : null }, select: { id: true } });
  return { id: user.id, email };
}

// A case whose request went in 20 days ago: the follow-up day and its "passed" are both behind.
async function submittedLongAgo(userId: string) {
  const caseId = await openCase(userId);
  const saved = await saveAnswers(userId, caseId, { submittedOn: addDays(today, -20), operatorReference: null }, {}, clock);
  assert.ok(saved.ok);
  return caseId;
}

test("a request submitted 20 days ago gets its 'follow-up day passed' mail in one sweep, exactly once, with a one-click unsubscribe", async () => {
  const p = await person(true, "sr-Latn");
  const caseId = await submittedLongAgo(p.id);
  const rows = await db.reminder.findMany({ where: { caseId }, orderBy: { dueAt: "asc" } });
  assert.deepEqual(
    rows.map((r) => r.kind),
    // A postpaid case: the day the contract ends at the latest, a month after the request, is ahead.
    ["follow-up", "follow-up-passed", "notice-end"],
  );
  await sweepReminders(now);
  await sweepReminders(new Date(now.getTime() + HOUR));
  const mails = mailsTo(p.email);
  // "Follow up today" is days late by now: only "passed" goes, in Serbian.
  assert.equal(mails.length, 1);
  assert.match(mails[0]!.subject ?? "", /^I dalje nema odgovora od operatora A1 Srbija za \+381 60 1234567\?$/);
  assert.equal(mails[0]!.messageId, `<reminder-${rows[1]!.id}@odjava>`);
  assert.match(mails[0]!.text ?? "", new RegExp(`https://odjava.example.test/cases/${caseId}/escalate`));
  const header = (name: string) => (mails[0]!.headerLines.find((h) => h.key === name)?.line ?? "").replace(/\r\n\s+/g, " ");
  assert.match(header("list-unsubscribe"), /^List-Unsubscribe: <https:\/\/odjava\.example\.test\/email\/unsubscribe\/one-click\?u=/);
  assert.equal(header("list-unsubscribe-post"), "List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  assert.doesNotMatch(mails[0]!.html || "", /<img/i);
  const events = await db.caseEvent.findMany({ where: { caseId, type: "reminder_sent" } });
  assert.equal(events.length, 1);
});

// A Cyrillic reader's reminder: subject, text and HTML from the Latin messages in Cyrillic,
// the brand, number and link as they are.
test("a reminder to an sr-Cyrl account is in Cyrillic, with html lang sr-Cyrl", async () => {
  const p = await person(true, "sr-Cyrl");
  const caseId = await submittedLongAgo(p.id);
  await sweepReminders(now);
  const [mail] = mailsTo(p.email);
  assert.equal(mail?.subject, "И даље нема одговора од оператора A1 Srbija за +381 60 1234567?");
  assert.match(mail!.text ?? "", /\p{Script=Cyrillic}{4}/u);
  assert.match(mail!.text ?? "", new RegExp(`https://odjava.example.test/cases/${caseId}/escalate`));
  assert.match(mail!.html || "", /<html lang="sr-Cyrl"/);
});

test("two sweeps at once (two app instances) send each reminder once", async () => {
  const people = await Promise.all(Array.from({ length: 6 }, () => person()));
  for (const p of people) await submittedLongAgo(p.id);
  await Promise.all([sweepReminders(now), sweepReminders(now), sweepReminders(now)]);
  for (const p of people) assert.equal(mailsTo(p.email).length, 1, p.email);
});

test("one slow mail does not hold the others back: the sweep keeps its sends in flight", async () => {
  const people = await Promise.all(Array.from({ length: 12 }, () => person()));
  for (const p of people) await submittedLongAgo(p.id);
  // The first mail is held until the others are out (or 5 s have passed). A sweep sending in
  // lockstep batches waits for it before starting the next batch, and only its batch-mates
  // get out meanwhile.
  let others = 0;
  let othersWhileHeld = 0;
  let first = true;
  const result = await sweepReminders(now, async () => {
    if (!first) {
      others++;
      return;
    }
    first = false;
    const until = Date.now() + 5000;
    while (others < people.length - 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    othersWhileHeld = others;
  });
  assert.equal(result.sent, people.length);
  assert.equal(othersWhileHeld, people.length - 1);
});

test("mail server down: nothing is lost; it goes once the server is back and the retry time has come", async () => {
  const p = await person();
  await submittedLongAgo(p.id);
  await sink.stop();
  const down = await sweepReminders(now);
  assert.ok(down.failed >= 1);
  await sink.start();
  await sweepReminders(now);
  assert.equal(mailsTo(p.email).length, 0, "not before its retry time");
  await sweepReminders(new Date(now.getTime() + 2 * 60 * 1000));
  await sweepReminders(new Date(now.getTime() + 3 * 60 * 1000));
  assert.equal(mailsTo(p.email).length, 1);
});

test("a sweep that died after claiming: the claim goes stale and the mail goes again with the same Message-ID", async () => {
  const p = await person();
  const caseId = await submittedLongAgo(p.id);
  const passed = await db.reminder.findFirstOrThrow({ where: { caseId, kind: "follow-up-passed" } });
  await db.reminder.update({ where: { id: passed.id }, data: { claimedAt: now } });
  await sweepReminders(new Date(now.getTime() + 60 * 1000));
  assert.equal(mailsTo(p.email).length, 0, "a fresh claim is another sweep's");
  await sweepReminders(new Date(now.getTime() + 10 * 60 * 1000));
  assert.equal(mailsTo(p.email)[0]?.messageId, `<reminder-${passed.id}@odjava>`);
});

test("an unconfirmed address or a kind switched off gets nothing; a moved date moves the reminder; an answer drops it", async () => {
  const unconfirmed = await person(false);
  await submittedLongAgo(unconfirmed.id);
  const off = await person();
  await stopKind(off.id, "follow-up-passed");
  await submittedLongAgo(off.id);
  await sweepReminders(now);
  assert.equal(mailsTo(unconfirmed.email).length + mailsTo(off.email).length, 0);

  const p = await person();
  const caseId = await openCase(p.id);
  await saveAnswers(p.id, caseId, { submittedOn: today, operatorReference: null }, {}, clock);
  const first = await db.reminder.findMany({ where: { caseId }, select: { kind: true, day: true } });
  await saveAnswers(p.id, caseId, { submittedOn: addDays(today, -1), operatorReference: null }, { submittedOn: today }, clock);
  const moved = await db.reminder.findMany({ where: { caseId }, select: { kind: true, day: true } });
  assert.equal(moved.length, 3);
  assert.notDeepEqual(moved, first);
  // An answer drops the follow-ups; the contract's latest end stays until the line is closed.
  await saveAnswers(p.id, caseId, { answerOn: today, answerNote: null }, {}, clock);
  assert.deepEqual(
    (await db.reminder.findMany({ where: { caseId }, select: { kind: true } })).map((r) => r.kind),
    ["notice-end"],
  );
});

test("an unsubscribe link names one account and one kind, and cannot be turned to another", () => {
  const params = Object.fromEntries(new URLSearchParams(unsubscribeQuery("cuser1", "lapse")));
  assert.deepEqual(readUnsubscribe(params), { userId: "cuser1", kind: "lapse" });
  assert.equal(readUnsubscribe({ ...params, k: "term-end" }), null);
  assert.equal(readUnsubscribe({ ...params, u: "cuser2" }), null);
  assert.equal(readUnsubscribe({ ...params, s: params.s!.replace(/.$/, (c) => (c === "A" ? "B" : "A")) }), null);
  assert.equal(readUnsubscribe({}), null);
});

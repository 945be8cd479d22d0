// Data access against the real database named by DATABASE_URL (tests/run.mjs points it
// at a fresh SQLite file, or at PostgreSQL in CI).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { db } from "@/app/lib/db/client";
import { openCase } from "@/tests/support/open-case";
import { saveAnswers, setItemDone } from "@/app/lib/cases/commands";
import { getCase, listCases } from "@/app/lib/cases/queries";

async function makeUser(tag: string) {
  return db.user.create({
    data: { email: `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, passwordHash: "x" },
  });
}

after(() => db.$disconnect());

// The moment of each change and Belgrade's date, as the actions pass them in.
const TODAY = "2026-11-25";
const clock = () => ({ now: new Date(), today: TODAY });

test("a case is stored with its answers and a 'case opened' event", async () => {
  const a = await makeUser("a");
  const id = await openCase(a.id, { operator: "mts", phone: "+381641234567", planType: "prepaid" });
  const c = await getCase(a.id, id, TODAY);
  assert.ok(c);
  assert.equal(c.phoneE164, "+381641234567");
  assert.equal(c.answers.contractEndDate, null);
  assert.equal(c.answers.planType, "prepaid");
  assert.deepEqual(
    c.events.map((e) => e.type),
    ["case_created"],
  );
  assert.equal(c.progress.done, 0);
  assert.equal(c.items.length, c.progress.total);
});

test("another user can neither read, tick nor change someone's case, and nothing is written", async () => {
  const a = await makeUser("owner");
  const b = await makeUser("other");
  const id = await openCase(a.id, { operator: "a1", phone: "+381601234567", planType: "postpaid", contractEndDate: "2027-01-31" });
  const before = await db.case.findUniqueOrThrow({ where: { id } });
  assert.equal(await getCase(b.id, id, TODAY), null);
  assert.deepEqual(await setItemDone(b.id, id, "twofa-bank", true, clock()), { ok: false, reason: "notFound" });
  assert.deepEqual(await saveAnswers(b.id, id, { channel: "shop", submittedOn: "2026-11-20" }, {}, clock()), { ok: false, reason: "notFound" });
  assert.deepEqual(await listCases(b.id, TODAY), []);
  assert.equal(await db.checklistItem.count({ where: { caseId: id } }), 0);
  assert.deepEqual(await db.case.findUniqueOrThrow({ where: { id } }), before);
  assert.equal(await db.caseEvent.count({ where: { caseId: id } }), 1);
});

test("ticks are saved by key; steps done and reopened are on the timeline; fact items and unknown keys cannot be ticked", async () => {
  const a = await makeUser("ticker");
  const id = await openCase(a.id, { operator: "yettel", phone: "+381631234567", planType: "postpaid" });
  const stamp = async () => (await db.case.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } })).updatedAt.getTime();
  const before = await stamp();
  const notTickable = { ok: false, reason: "notTickable" };
  assert.deepEqual(await setItemDone(a.id, id, "balance-used", true, clock()), notTickable, "prepaid-only item on a postpaid case");
  assert.deepEqual(await setItemDone(a.id, id, "no-such-item", true, clock()), notTickable);
  assert.deepEqual(await setItemDone(a.id, id, "eligibility-answered", true, clock()), notTickable, "done by answers, not by a tick");
  assert.equal(await stamp(), before, "a refused tick writes nothing");

  assert.equal((await saveAnswers(a.id, id, { unpaidBills: "no", accountProblems: "no", contractEndDate: "2025-01-31" }, {}, clock())).ok, true);
  let c = await getCase(a.id, id, TODAY);
  assert.equal(c?.progress.nextStep, "prepare");
  assert.deepEqual(
    c?.events.map((e) => e.type),
    ["case_created", "step_completed"],
  );

  const prepare = c!.items.filter((i) => i.step === "prepare").map((i) => i.key);
  // Each tick answers with the progress the page shows, and says when a step was completed
  // (only then does the page render again).
  for (const [n, key] of prepare.entries()) {
    const r = await setItemDone(a.id, id, key, true, clock());
    assert.ok(r.ok);
    const fresh = await getCase(a.id, id, TODAY);
    assert.deepEqual(r.progress, fresh?.progress, "the answer's progress is what a reload shows");
    assert.equal(r.progress.steps.find((s) => s.id === "prepare")?.done, n + 1);
    assert.equal(r.stepsChanged, n === prepare.length - 1, `tick ${n + 1} of ${prepare.length}`);
  }
  c = await getCase(a.id, id, TODAY);
  assert.equal(c?.progress.nextStep, "contact");
  assert.ok(c?.items.find((i) => i.key === "twofa-bank")?.doneAt instanceof Date);
  assert.deepEqual(
    c?.events.map((e) => e.type),
    ["case_created", "step_completed", "step_completed"],
  );

  const untick = async () => {
    const r = await setItemDone(a.id, id, "twofa-bank", false, clock());
    assert.ok(r.ok);
    return r.stepsChanged;
  };
  assert.equal(await untick(), true);
  assert.equal(await untick(), false, "idempotent: no second event");
  c = await getCase(a.id, id, TODAY);
  assert.equal(c?.progress.nextStep, "prepare");
  assert.equal(c?.items.find((i) => i.key === "twofa-bank")?.doneAt, null);
  assert.deepEqual(c?.events.map((e) => e.type).slice(-1), ["step_reopened"]);
  assert.equal(await db.checklistItem.count({ where: { caseId: id } }), prepare.length, "one row per item, never duplicated");

  // Answering "yes" to unpaid bills adds an item: the eligibility step is open again.
  await saveAnswers(a.id, id, { unpaidBills: "yes" }, { unpaidBills: "no" }, clock());
  c = await getCase(a.id, id, TODAY);
  assert.ok(c?.items.some((i) => i.key === "bills-paid" && !i.done));
  assert.equal(c?.events.at(-1)?.type, "step_reopened");
  assert.equal(c?.events.at(-1)?.payload.step, "eligibility");
  assert.equal((await listCases(a.id, TODAY))[0]?.progress.done, c?.progress.done);
});

test("submission, answer and closing go on the timeline once, with their dates and the channel", async () => {
  const a = await makeUser("milestones");
  const id = await openCase(a.id, { operator: "a1", phone: "+381601112233", planType: "postpaid" });
  await saveAnswers(a.id, id, { channel: "letter" }, {}, clock());
  await saveAnswers(a.id, id, { submittedOn: "2026-11-20", operatorReference: "PR-1" }, {}, clock());
  await saveAnswers(a.id, id, { submittedOn: "2026-11-20", operatorReference: "PR-1" }, {}, clock()); // same date: no new event
  await saveAnswers(a.id, id, { answerOn: "2026-11-24", answerNote: "Closing on 1 Dec" }, {}, clock());
  await saveAnswers(a.id, id, { closedOn: "2026-12-01" }, {}, clock());
  const c = await getCase(a.id, id, TODAY);
  const milestones = c!.events.filter((e) => ["submitted", "answer_received", "line_closed"].includes(e.type));
  assert.deepEqual(
    milestones.map((e) => [e.type, e.payload.date]),
    [
      ["submitted", "2026-11-20"],
      ["answer_received", "2026-11-24"],
      ["line_closed", "2026-12-01"],
    ],
  );
  assert.equal(milestones[0]?.payload.channel, "letter");
  assert.equal(c?.stored.operatorReference, "PR-1");
  assert.equal(c?.stored.answerNote, "Closing on 1 Dec");
});

test("two devices: untouched fields are not written, a field changed elsewhere refuses the save and writes nothing", async () => {
  const a = await makeUser("devices");
  const id = await openCase(a.id, { operator: "mts", phone: "+381641112233", planType: "postpaid" });
  const letter = { idDocument: "rs-id", holderName: "Ana", letterPlace: "Beograd", reason: "other" };
  const saved = async (patch: Record<string, string>, base: Record<string, string>) => (await saveAnswers(a.id, id, patch, base, clock())).ok;
  assert.equal(await saved(letter, {}), true);
  // Device 1 changes the name; device 2, still showing the old form, changes the place.
  assert.equal(await saved({ ...letter, holderName: "Ana Petrović" }, letter), true);
  assert.equal(await saved({ ...letter, letterPlace: "Novi Sad" }, letter), true);
  let row = await db.case.findUniqueOrThrow({ where: { id } });
  assert.equal(row.holderName, "Ana Petrović", "device 2 did not undo device 1");
  assert.equal(row.letterPlace, "Novi Sad");
  // Device 2 now changes the name too, from its stale form: refused, nothing written.
  const stamp = row.updatedAt.getTime();
  const refused = await saveAnswers(a.id, id, { ...letter, holderName: "A. P.", reason: "cost" }, letter, clock());
  assert.deepEqual(refused, { ok: false, reason: "conflict", fields: ["holderName"] });
  row = await db.case.findUniqueOrThrow({ where: { id } });
  assert.equal(row.holderName, "Ana Petrović");
  assert.equal(row.reason, "other", "a refused save writes none of its fields");
  assert.equal(row.updatedAt.getTime(), stamp);
  // The same value on both devices is no conflict.
  assert.equal(await saved({ ...letter, holderName: "Ana Petrović" }, letter), true);
});

test("ticks of different items sent at the same time are all kept", async () => {
  const a = await makeUser("race");
  const id = await openCase(a.id, { operator: "globaltel", phone: "+381671234567", planType: "prepaid" });
  const c = await getCase(a.id, id, TODAY);
  const keys = c!.items.filter((i) => !i.byFact).map((i) => i.key);
  const results = await Promise.all(keys.map((k) => setItemDone(a.id, id, k, true, clock())));
  assert.ok(results.every((r) => r.ok));
  const after = await getCase(a.id, id, TODAY);
  assert.equal(after?.items.filter((i) => i.done).length, keys.length);
  const completed = after!.events
    .filter((e) => e.type === "step_completed")
    .map((e) => e.payload.step)
    .sort();
  assert.deepEqual(completed, ["prepare"], "exactly one event for the one step the ticks complete");
});

test("deleting a user deletes their cases, ticks and events", async () => {
  const a = await makeUser("gone");
  const id = await openCase(a.id, { operator: "other", phone: "+381621234567", planType: "prepaid" });
  await setItemDone(a.id, id, "twofa-bank", true, clock());
  await db.user.delete({ where: { id: a.id } });
  assert.equal(await db.case.count({ where: { id } }), 0);
  assert.equal(await db.checklistItem.count({ where: { caseId: id } }), 0);
  assert.equal(await db.caseEvent.count({ where: { caseId: id } }), 0);
});

// getCase reads with raw SQL (issue 18); what it returns must be what the model API reads,
// value for value and type for type, on either driver.
test("getCase's raw reads match the model API's: dates as Dates, ticks as booleans, events in order", async () => {
  const a = await makeUser("raw");
  const id = await openCase(a.id, { operator: "a1", phone: "+381601234567", planType: "postpaid", contractEndDate: "2027-03-31" });
  await setItemDone(a.id, id, "twofa-bank", true, clock());
  await setItemDone(a.id, id, "twofa-euprava", true, clock());
  await setItemDone(a.id, id, "twofa-euprava", false, clock());
  await saveAnswers(a.id, id, { submittedOn: "2026-11-20", channel: "shop" }, {}, clock());
  const c = await getCase(a.id, id, TODAY);
  assert.ok(c);
  const model = await db.case.findUniqueOrThrow({
    where: { id },
    include: { items: true, events: { orderBy: { createdAt: "asc" } } },
  });
  assert.ok(c.createdAt instanceof Date && c.updatedAt instanceof Date);
  assert.equal(c.createdAt.getTime(), model.createdAt.getTime());
  assert.equal(c.updatedAt.getTime(), model.updatedAt.getTime());
  assert.equal(c.stored.contractEndDate, "2027-03-31");
  assert.equal(c.stored.submittedOn, "2026-11-20");
  const bank = c.items.find((i) => i.key === "twofa-bank")!;
  const euprava = c.items.find((i) => i.key === "twofa-euprava")!;
  assert.equal(bank.done, true);
  assert.ok(bank.doneAt instanceof Date);
  assert.equal(bank.doneAt.getTime(), model.items.find((i) => i.key === "twofa-bank")!.doneAt!.getTime());
  assert.equal(euprava.done, false);
  assert.equal(euprava.doneAt, null);
  assert.deepEqual(
    c.events.map((e) => [e.id, e.type, e.createdAt.getTime()]),
    model.events.map((e) => [e.id, e.type, e.createdAt.getTime()]),
  );
  assert.ok(c.events.every((e) => e.createdAt instanceof Date));
  assert.deepEqual(c.events.at(-1)!.payload, { date: "2026-11-20", channel: "shop" });
});

test("a tick's raw writes store what the model API would: the same moments, in the same encoding, a boolean, a record id", async () => {
  const a = await makeUser("rawtick");
  const id = await openCase(a.id, { operator: "mts", phone: "+381641234567", planType: "postpaid" });
  const at = { now: new Date("2026-11-25T09:30:00.250Z"), today: TODAY };
  assert.ok((await setItemDone(a.id, id, "twofa-bank", true, at)).ok);
  // The row ticked through the model API, the way the app wrote ticks before.
  await db.checklistItem.create({ data: { caseId: id, key: "model-written", done: true, doneAt: at.now } });
  const item = await db.checklistItem.findUniqueOrThrow({ where: { caseId_key: { caseId: id, key: "twofa-bank" } } });
  assert.equal(item.done, true);
  assert.equal(item.doneAt?.getTime(), at.now.getTime());
  assert.equal(item.updatedAt.getTime(), at.now.getTime());
  assert.match(item.id, /^[a-z0-9]{1,64}$/);
  assert.equal((await db.case.findUniqueOrThrow({ where: { id } })).updatedAt.getTime(), at.now.getTime(), "the lock stamps the case");
  // The stored text itself (SQLite keeps DateTime as text): dates compared or sorted in SQL
  // must not mix two encodings.
  if (!(process.env.DATABASE_URL ?? "").startsWith("postgresql")) {
    const rows = await db.$queryRawUnsafe<{ key: string; doneAt: string; updatedAt: string; done: number }[]>(
      `SELECT "key", CAST("doneAt" AS TEXT) AS "doneAt", CAST("updatedAt" AS TEXT) AS "updatedAt", "done" FROM "ChecklistItem" WHERE "caseId" = ?`,
      id,
    );
    const raw = rows.find((r) => r.key === "twofa-bank")!;
    const model = rows.find((r) => r.key === "model-written")!;
    assert.equal(raw.doneAt, model.doneAt);
    assert.equal(raw.done, model.done);
    const shape = (s: string) => s.replace(/\d/g, "9");
    assert.equal(shape(raw.updatedAt), shape(model.updatedAt));
    const [stamp] = await db.$queryRawUnsafe<{ updatedAt: string }[]>(`SELECT CAST("updatedAt" AS TEXT) AS "updatedAt" FROM "Case" WHERE "id" = ?`, id);
    assert.equal(stamp!.updatedAt, raw.updatedAt);
  }
  assert.ok((await setItemDone(a.id, id, "twofa-bank", false, { ...at, now: new Date(at.now.getTime() + 1000) })).ok);
  const unticked = await db.checklistItem.findUniqueOrThrow({ where: { caseId_key: { caseId: id, key: "twofa-bank" } } });
  assert.equal(unticked.done, false);
  assert.equal(unticked.doneAt, null);
  assert.equal(unticked.id, item.id, "the same row, updated");
});

test("listCases' raw reads: only the person's cases, the last changed first, each with the progress its own page shows", async () => {
  const a = await makeUser("lister");
  const other = await makeUser("lister-other");
  const first = await openCase(a.id, { operator: "yettel", phone: "+381631111111", planType: "postpaid" });
  const second = await openCase(a.id, { operator: "a1", phone: "+381602222222", planType: "prepaid" });
  const third = await openCase(a.id, { operator: "mts", phone: "+381643333333", planType: "postpaid" });
  const theirs = await openCase(other.id, { operator: "mts", phone: "+381644444444", planType: "postpaid" });
  const at = (ms: number) => ({ now: new Date(Date.UTC(2026, 10, 25, 10) + ms), today: TODAY });
  // Ticks on two cases (each change stamps its case), then the first case changed last.
  assert.ok((await setItemDone(a.id, second, "twofa-bank", true, at(1000))).ok);
  assert.ok((await setItemDone(a.id, third, "twofa-bank", true, at(2000))).ok);
  assert.ok((await setItemDone(a.id, third, "twofa-euprava", true, at(3000))).ok);
  assert.ok((await setItemDone(a.id, third, "twofa-euprava", false, at(4000))).ok);
  assert.ok((await setItemDone(other.id, theirs, "twofa-bank", true, at(5000))).ok);
  assert.ok((await saveAnswers(a.id, first, { unpaidBills: "no", accountProblems: "no" }, {}, at(6000))).ok);
  const list = await listCases(a.id, TODAY);
  assert.deepEqual(
    list.map((c) => c.id),
    [first, third, second],
  );
  for (const c of list) {
    const page = await getCase(a.id, c.id, TODAY);
    assert.deepEqual(c.progress, page?.progress, `progress of ${c.operator}`);
    assert.equal(c.phoneE164, page?.phoneE164);
    assert.equal(c.planType, page?.answers.planType);
    assert.equal(c.updatedAt.getTime(), page?.updatedAt.getTime());
    assert.ok(c.updatedAt instanceof Date);
  }
  assert.equal(list.find((c) => c.id === third)?.progress.steps.find((s) => s.id === "prepare")?.done, 1, "one tick left on the third case");
  assert.deepEqual(await listCases(other.id, TODAY).then((l) => l.map((c) => c.id)), [theirs]);
  assert.deepEqual(await listCases((await makeUser("lister-empty")).id, TODAY), []);
});

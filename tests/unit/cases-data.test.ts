// Data access against the real database named by DATABASE_URL (tests/run.mjs points it
// at a fresh SQLite file, or at PostgreSQL in CI).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { db } from "../../app/lib/db";
import { createCase, getCase, listCases, setItemDone } from "../../app/lib/cases/data";

async function makeUser(tag: string) {
  return db.user.create({
    data: { email: `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, passwordHash: "x" },
  });
}

after(() => db.$disconnect());

test("a case is stored with its facts and a 'case opened' event", async () => {
  const a = await makeUser("a");
  const { id } = await createCase(a.id, { operator: "mts", phone: "+381641234567", planType: "prepaid", contractEndDate: undefined });
  const c = await getCase(a.id, id);
  assert.ok(c);
  assert.equal(c.phoneE164, "+381641234567");
  assert.equal(c.contractEndDate, null);
  assert.deepEqual(c.events.map((e) => e.type), ["case_created"]);
  assert.equal(c.progress.done, 0);
  assert.equal(c.items.length, c.progress.total);
});

test("another user can neither read nor tick someone's case, and nothing is written", async () => {
  const a = await makeUser("owner");
  const b = await makeUser("other");
  const { id } = await createCase(a.id, { operator: "a1", phone: "+381601234567", planType: "postpaid", contractEndDate: "2027-01-31" });
  assert.equal(await getCase(b.id, id), null);
  assert.equal(await setItemDone(b.id, id, "bills-paid", true), null);
  assert.deepEqual(await listCases(b.id), []);
  assert.equal(await db.checklistItem.count({ where: { caseId: id } }), 0);
  const c = await getCase(a.id, id);
  assert.equal(c?.progress.done, 0);
  assert.equal(c?.events.length, 1);
});

test("ticks are saved by key; finishing and reopening a step is on the timeline; unknown keys are refused", async () => {
  const a = await makeUser("ticker");
  const { id } = await createCase(a.id, { operator: "yettel", phone: "+381631234567", planType: "postpaid", contractEndDate: undefined });
  for (const key of ["bills-paid", "term-checked", "account-ok"]) assert.ok(await setItemDone(a.id, id, key, true));
  const before = await db.case.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
  assert.equal(await setItemDone(a.id, id, "balance-used", true), null, "prepaid-only item on a postpaid case");
  assert.equal(await setItemDone(a.id, id, "no-such-item", true), null);
  const afterRefusals = await db.case.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
  assert.equal(afterRefusals.updatedAt.getTime(), before.updatedAt.getTime(), "a refused tick writes nothing");

  let c = await getCase(a.id, id);
  assert.equal(c?.progress.done, 3);
  assert.equal(c?.progress.nextStep, "prepare");
  assert.equal(c?.currentStep, "prepare");
  assert.ok(c?.items.find((i) => i.key === "bills-paid")?.doneAt instanceof Date);
  assert.deepEqual(c?.events.map((e) => e.type), ["case_created", "step_completed"]);
  assert.equal(c?.events[1]?.payload.step, "eligibility");

  await setItemDone(a.id, id, "term-checked", false);
  await setItemDone(a.id, id, "term-checked", false); // idempotent: no second event
  c = await getCase(a.id, id);
  assert.equal(c?.progress.done, 2);
  assert.equal(c?.currentStep, "eligibility");
  assert.equal(c?.items.find((i) => i.key === "term-checked")?.doneAt, null);
  assert.deepEqual(c?.events.map((e) => e.type), ["case_created", "step_completed", "step_reopened"]);
  assert.equal(await db.checklistItem.count({ where: { caseId: id } }), 3, "one row per item, never duplicated");

  const listed = await listCases(a.id);
  assert.equal(listed.length, 1);
  assert.equal(listed[0]?.progress.done, 2);
});

test("ticks of different items sent at the same time are all kept", async () => {
  const a = await makeUser("race");
  const { id } = await createCase(a.id, { operator: "globaltel", phone: "+381671234567", planType: "prepaid", contractEndDate: undefined });
  const c = await getCase(a.id, id);
  const keys = c!.items.map((i) => i.key);
  const results = await Promise.all(keys.map((k) => setItemDone(a.id, id, k, true)));
  assert.ok(results.every(Boolean));
  const after = await getCase(a.id, id);
  assert.equal(after?.progress.done, keys.length);
  assert.equal(after?.currentStep, "done");
});

test("deleting a user deletes their cases, ticks and events", async () => {
  const a = await makeUser("gone");
  const { id } = await createCase(a.id, { operator: "other", phone: "+381621234567", planType: "prepaid", contractEndDate: undefined });
  await setItemDone(a.id, id, "account-ok", true);
  await db.user.delete({ where: { id: a.id } });
  assert.equal(await db.case.count({ where: { id } }), 0);
  assert.equal(await db.checklistItem.count({ where: { caseId: id } }), 0);
  assert.equal(await db.caseEvent.count({ where: { caseId: id } }), 0);
});

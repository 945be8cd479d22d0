import { test } from "node:test";
import assert from "node:assert/strict";
import { checklistFor, progressOf, STEPS } from "../../app/lib/playbook/checklist";

test("each plan type has items in every step, with unique keys", () => {
  for (const plan of ["prepaid", "postpaid"] as const) {
    const items = checklistFor(plan);
    assert.equal(new Set(items.map((i) => i.key)).size, items.length);
    for (const step of STEPS) assert.ok(items.some((i) => i.step === step.id), `${plan} has nothing in ${step.id}`);
  }
});

test("prepaid has no bills to pay and postpaid no balance to use", () => {
  const prepaid = checklistFor("prepaid").map((i) => i.key);
  const postpaid = checklistFor("postpaid").map((i) => i.key);
  assert.ok(!prepaid.includes("bills-paid") && prepaid.includes("balance-used"));
  assert.ok(postpaid.includes("bills-paid") && !postpaid.includes("balance-used"));
});

test("progress counts done items and points at the first step with work left", () => {
  const items = checklistFor("postpaid");
  const table: { done: string[]; count: number; next: string | null }[] = [
    { done: [], count: 0, next: "eligibility" },
    { done: ["bills-paid", "term-checked"], count: 2, next: "eligibility" },
    { done: ["bills-paid", "term-checked", "account-ok"], count: 3, next: "prepare" },
    // A later step done does not hide an earlier open one.
    { done: ["sim-destroyed"], count: 1, next: "eligibility" },
    { done: items.map((i) => i.key), count: items.length, next: null },
    // Keys not on this checklist (e.g. after a plan change) do not count.
    { done: ["balance-used"], count: 0, next: "eligibility" },
  ];
  for (const row of table) {
    const p = progressOf(items, new Set(row.done));
    assert.equal(p.done, row.count, JSON.stringify(row.done));
    assert.equal(p.total, items.length);
    assert.equal(p.nextStep, row.next, JSON.stringify(row.done));
  }
});

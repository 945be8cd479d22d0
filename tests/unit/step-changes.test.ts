import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, stepChanges, type CaseAnswers } from "@/app/lib/playbook/checklist";
import { caseFacts } from "@/tests/support/facts";

const TODAY = "2026-11-25";
const prepaid: CaseAnswers = caseFacts({ operator: "yettel", planType: "prepaid", accountProblems: "no" });
const progress = (answers: CaseAnswers, ticked: string[] = []) => evaluate(answers, new Set(ticked), TODAY).progress;

test("a step that becomes done or open again is one event; a tick inside a step is none", () => {
  const before = progress(prepaid);
  assert.deepEqual(stepChanges(before, before), { events: [], stepsChanged: false });
  const prepare = evaluate(prepaid, new Set(), TODAY)
    .items.filter((i) => i.step === "prepare")
    .map((i) => i.key);
  const partly = progress(prepaid, prepare.slice(1));
  assert.deepEqual(stepChanges(before, partly), { events: [], stepsChanged: false }, "counts change, steps do not");
  const all = progress(prepaid, prepare);
  assert.deepEqual(stepChanges(partly, all), { events: [{ type: "step_completed", step: "prepare" }], stepsChanged: true });
  assert.deepEqual(stepChanges(all, partly), { events: [{ type: "step_reopened", step: "prepare" }], stepsChanged: true });
});

test("a change of the step list is a change even when no step's state moved", () => {
  // A prepaid card handed in at a shop has no wait step.
  const atShop = progress({ ...prepaid, channel: "shop" });
  const byLetter = progress({ ...prepaid, channel: "letter" });
  assert.notEqual(atShop.steps.length, byLetter.steps.length);
  assert.equal(stepChanges(atShop, byLetter).stepsChanged, true);
});

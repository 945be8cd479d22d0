import { test } from "node:test";
import assert from "node:assert/strict";
import { portingCheck, PORTING_QUESTIONS, type PortingAnswers } from "@/app/lib/playbook/porting";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import { caseFacts } from "@/tests/support/facts";

const none: PortingAnswers = { portRegistered: null, portDebts: null, portRecent: null, portCommitment: null, portStolen: null };
const base: CaseAnswers = caseFacts();
const today = "2026-11-25";
const states = (r: ReturnType<typeof portingCheck>) => Object.fromEntries(r.grounds.map((g) => [g.question, g.state]));

test("prepaid asks about registration, not a commitment; postpaid the reverse", () => {
  const prepaid = portingCheck({ ...base, planType: "prepaid" }, none, today);
  assert.deepEqual(prepaid.asked, ["portRegistered", "portDebts", "portRecent", "portStolen"]);
  const postpaid = portingCheck(base, none, today);
  assert.deepEqual(postpaid.asked, ["portDebts", "portRecent", "portCommitment", "portStolen"]);
  assert.equal(postpaid.verdict, "unsure", "nothing answered yet");
});

test("each refusal ground blocks on its own answer, and every ground names a dated source", () => {
  const clear: PortingAnswers = { portRegistered: "yes", portDebts: "no", portRecent: "no", portCommitment: "no", portStolen: "no" };
  const facts = { ...base, planType: "prepaid" as const };
  assert.equal(portingCheck(facts, clear, today).verdict, "clear");
  const blocking: Partial<PortingAnswers> = { portRegistered: "no", portDebts: "yes", portRecent: "yes", portStolen: "yes" };
  for (const [q, a] of Object.entries(blocking)) {
    const r = portingCheck(facts, { ...clear, [q]: a }, today);
    assert.equal(r.verdict, "blocked", q);
    assert.deepEqual(
      r.grounds.filter((g) => g.state === "blocks").map((g) => g.question),
      [q],
    );
    const unsure = portingCheck(facts, { ...clear, [q]: "unknown" }, today);
    assert.equal(unsure.verdict, "unsure", `${q} unknown`);
  }
  for (const g of portingCheck(base, none, today).grounds) {
    assert.notEqual(g.source.status, "unverified");
    if (g.source.status !== "unverified") assert.match(g.source.source.url, /^https:\/\//);
  }
  assert.equal(PORTING_QUESTIONS.length, 5);
});

test("a contract end date answers the commitment question; the first step's unpaid bills the debts one", () => {
  const running = portingCheck({ ...base, contractEndDate: "2027-03-31", unpaidBills: "no" }, none, today);
  assert.ok(!running.asked.includes("portCommitment"));
  assert.equal(states(running).portCommitment, "blocks");
  assert.equal(running.grounds.find((g) => g.question === "portCommitment")?.from, "contractEndDate");
  assert.equal(states(running).portDebts, "clear");
  assert.equal(running.verdict, "blocked");
  const over = portingCheck({ ...base, contractEndDate: "2026-11-25", unpaidBills: "yes" }, { ...none, portRecent: "no", portStolen: "no" }, today);
  assert.equal(states(over).portCommitment, "clear", "ends today: over");
  assert.equal(states(over).portDebts, "blocks");
  // The person's own answer on the pre-check wins over the first step's.
  const paid = portingCheck(
    { ...base, contractEndDate: "2026-01-01", unpaidBills: "yes" },
    { ...none, portDebts: "no", portRecent: "no", portStolen: "no" },
    today,
  );
  assert.equal(paid.verdict, "clear");
});

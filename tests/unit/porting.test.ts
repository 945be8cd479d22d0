import { test } from "node:test";
import assert from "node:assert/strict";
import { PORTING_COMMITMENT, portingCheck, PORTING_QUESTIONS, type PortingAnswers } from "@/app/lib/playbook/porting";
import { PORTING_REFUSALS, PORTING_RULEBOOK_2022, PORTING_RULEBOOK_2024 } from "@/app/lib/playbook/legal";
import { text } from "@/app/lib/labels";
import { translator } from "@/app/lib/i18n/translator";
import { LOCALES } from "@/app/lib/i18n/locales";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import { caseFacts } from "@/tests/support/facts";

const none: PortingAnswers = { portDebts: null, portRecent: null, portCommitment: null, portStolen: null };
const base: CaseAnswers = caseFacts();
const today = "2026-11-25";
const states = (r: ReturnType<typeof portingCheck>) => Object.fromEntries(r.grounds.map((g) => [g.question, g.state]));

test("prepaid weighs registration (from the registration answer), not a commitment; postpaid the reverse", () => {
  const prepaid = portingCheck({ ...base, planType: "prepaid" }, none, today);
  assert.deepEqual(prepaid.asked, ["portDebts", "portRecent", "portStolen"]);
  assert.deepEqual(
    prepaid.grounds.map((g) => g.question),
    ["portRegistered", "portDebts", "portRecent", "portStolen"],
  );
  assert.equal(prepaid.grounds[0]?.from, "prepaidRegistration");
  const postpaid = portingCheck(base, none, today);
  assert.deepEqual(postpaid.asked, ["portDebts", "portRecent", "portCommitment", "portStolen"]);
  assert.equal(postpaid.verdict, "unsure", "nothing answered yet");
});

test("each refusal ground blocks on its own answer, and every ground names a dated source", () => {
  const clear: PortingAnswers = { portDebts: "no", portRecent: "no", portCommitment: "no", portStolen: "no" };
  const facts = { ...base, planType: "prepaid" as const, prepaidRegistration: "passport" as const };
  assert.equal(portingCheck(facts, clear, today).verdict, "clear");
  const blocking: Partial<PortingAnswers> = { portDebts: "yes", portRecent: "yes", portStolen: "yes" };
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
  assert.equal(PORTING_QUESTIONS.length, 4);
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

test("each ground says which rulebook it was read from: RATEL's of 2022 (13/22), not yet the one applied since 1 June 2025 (82/24); the commitment from A1's and Globaltel's own conditions", () => {
  const grounds = [...portingCheck({ ...base, planType: "prepaid" }, none, today).grounds, ...portingCheck(base, none, today).grounds];
  assert.deepEqual([...new Set(grounds.map((g) => g.question))].sort(), [...PORTING_QUESTIONS, "portRegistered"].sort(), "every ground seen");
  for (const locale of LOCALES) {
    const t = translator(locale);
    for (const g of grounds) {
      const readFrom = text(t, g.readFrom, locale);
      if (g.question === "portCommitment") {
        assert.equal(g.source, PORTING_COMMITMENT);
        assert.match(readFrom, /A1.*Globaltel/, `${locale} ${g.question}: ${readFrom}`);
      } else {
        assert.equal(g.source, PORTING_REFUSALS);
        assert.match(readFrom, /13\/22.*82\/24/, `${locale} ${g.question}: ${readFrom}`);
      }
    }
    // The list of grounds itself names both rulebooks.
    assert.ok(PORTING_REFUSALS.status === "verified");
    assert.match(text(t, PORTING_REFUSALS.value, locale), /13\/22.*82\/24/, locale);
  }
  const pages = (f: typeof PORTING_REFUSALS) => (f.status === "unverified" ? [] : [f.source.url, ...(f.source.also ?? [])]);
  assert.ok(pages(PORTING_REFUSALS).includes(PORTING_RULEBOOK_2022) && pages(PORTING_REFUSALS).includes(PORTING_RULEBOOK_2024));
  assert.ok(pages(PORTING_COMMITMENT).includes("https://www.globaltel.rs/prenesi-svoj-broj"), "Globaltel's condition has Globaltel's page");
});

// One answer serves the card's registration and the porting pre-check (issue 16, item 2).
test("the porting pre-check's registration ground follows the prepaid registration answer", () => {
  const rows = [
    [null, "unknown"],
    ["rs-id", "clear"],
    ["passport", "clear"],
    ["ebs", "clear"],
    ["none", "blocks"],
    ["unknown", "unknown"],
  ] as const;
  const clear: PortingAnswers = { portDebts: "no", portRecent: "no", portCommitment: "no", portStolen: "no" };
  for (const [registration, state] of rows) {
    const r = portingCheck({ ...base, planType: "prepaid", prepaidRegistration: registration }, clear, today);
    assert.equal(states(r).portRegistered, state, String(registration));
    assert.equal(r.verdict, state === "blocks" ? "blocked" : state === "unknown" ? "unsure" : "clear", String(registration));
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { CHANNELS, ID_DOCUMENTS, STEP_IDS, type Channel, type IdDocument } from "@/app/lib/vocabulary";
import { checklistFor, evaluate, stepsFor, type CaseAnswers } from "@/app/lib/playbook/checklist";
import { OPERATOR_IDS } from "@/app/lib/vocabulary";
import { translator } from "@/app/lib/i18n/translator";
import { itemLabel } from "@/app/lib/labels";
import { caseFacts as facts } from "@/tests/support/facts";

const en = translator("en");

const TODAY = "2026-11-25";

const CHANNEL_PREFIX: Record<Channel, string> = { shop: "shop-", email: "email-", letter: "letter-", porting: "porting-" };

test("every operator x plan type x channel x identity document gives a sound checklist", () => {
  let combinations = 0;
  for (const operator of OPERATOR_IDS) {
    for (const planType of ["prepaid", "postpaid"] as const) {
      for (const channel of [null, ...CHANNELS]) {
        for (const idDocument of [null, ...ID_DOCUMENTS] as (IdDocument | null)[]) {
          combinations++;
          const f = facts({ operator, planType, channel, idDocument });
          const where = JSON.stringify({ operator, planType, channel, idDocument });
          const items = checklistFor(f, TODAY);
          const keys = items.map((i) => i.key);
          assert.equal(new Set(keys).size, keys.length, `duplicate keys ${where}`);
          const steps = stepsFor(f);
          for (const s of steps)
            assert.ok(
              items.some((i) => i.step === s),
              `${s} empty ${where}`,
            );
          assert.ok(
            items.every((i) => steps.includes(i.step)),
            `item outside its steps ${where}`,
          );
          assert.equal(steps.includes("wait"), !(planType === "prepaid" && channel === "shop"), `wait step ${where}`);

          for (const [ch, prefix] of Object.entries(CHANNEL_PREFIX)) {
            const has = keys.some((k) => k.startsWith(prefix));
            assert.equal(has, ch === channel, `${prefix} items ${where}`);
          }
          assert.equal(keys.includes("holder-name-given"), channel !== null && channel !== "porting", `letter ${where}`);

          const postpaidOnly = ["bills-paid", "bills-asked", "final-bill-paid", "term-cost-asked"];
          const prepaidOnly = ["balance-used", "porting-registered"];
          if (planType === "prepaid")
            assert.ok(
              postpaidOnly.every((k) => !keys.includes(k)),
              `postpaid item on prepaid ${where}`,
            );
          if (planType === "postpaid")
            assert.ok(
              prepaidOnly.every((k) => !keys.includes(k)),
              `prepaid item on postpaid ${where}`,
            );

          const idItem = items.find((i) => i.key === "shop-id" || i.key === "porting-id");
          if (idItem) {
            const expected = idDocument === "passport" ? "passport" : idDocument === "rs-id" ? "lična karta" : "identity document";
            const label = itemLabel(en, idItem, f);
            assert.ok(label.includes(expected), `${label} ${where}`);
          }
          for (const i of items) {
            const label = itemLabel(en, i, f);
            assert.ok(label.length > 10 && !/xxx|TODO|undefined|null|checklist\./i.test(label), label);
          }
        }
      }
    }
  }
  assert.equal(combinations, 5 * 2 * 5 * 3);
});

test("the three reference cases get exactly these checklists", () => {
  const a1 = checklistFor(facts({ operator: "a1", planType: "postpaid", channel: "letter", idDocument: "rs-id", contractEndDate: "2027-06-30" }), TODAY);
  assert.deepEqual(
    a1.filter((i) => i.step === "submit").map((i) => i.key),
    ["id-document-given", "holder-name-given", "letter-contract-no", "letter-signed", "letter-registered", "submission-recorded"],
  );
  assert.ok(
    a1.some((i) => i.key === "term-cost-asked"),
    "term still running",
  );

  const yettel = facts({ operator: "yettel", planType: "prepaid", channel: "shop", idDocument: "passport" });
  assert.deepEqual(stepsFor(yettel), ["eligibility", "prepare", "contact", "submit", "confirm"]);
  assert.deepEqual(
    checklistFor(yettel, TODAY)
      .filter((i) => i.step === "submit")
      .map((i) => i.key),
    ["id-document-given", "holder-name-given", "shop-id", "shop-letter", "shop-stamp", "submission-recorded"],
  );

  const mts = checklistFor(
    facts({
      operator: "mts",
      planType: "postpaid",
      channel: "email",
      idDocument: "rs-id",
      contractEndDate: "2025-01-31",
      unpaidBills: "no",
      accountProblems: "no",
    }),
    TODAY,
  );
  assert.deepEqual(
    mts.filter((i) => i.step === "eligibility").map((i) => i.key),
    ["eligibility-answered"],
    "term over, no bills, no problems",
  );
});

test("eligibility items follow the answers", () => {
  const keys = (p: Partial<CaseAnswers>) =>
    checklistFor(facts(p), TODAY)
      .filter((i) => i.step === "eligibility")
      .map((i) => i.key);
  assert.deepEqual(keys({ unpaidBills: "yes", accountProblems: "yes", contractEndDate: "2027-01-01" }), [
    "eligibility-answered",
    "bills-paid",
    "term-cost-asked",
    "account-ok",
  ]);
  assert.deepEqual(keys({ unpaidBills: "no", accountProblems: "no", contractEndDate: TODAY }), ["eligibility-answered"], "ends today: not running");
  assert.deepEqual(keys({ unpaidBills: "unknown", accountProblems: "unknown" }), ["eligibility-answered", "bills-paid", "term-cost-asked", "account-ok"]);
  assert.deepEqual(keys({ planType: "prepaid", accountProblems: "no" }), ["eligibility-answered", "registration-answered"]);
});

test("items done by facts are done only by facts; ticks of items still required survive a change of facts", () => {
  const ticked = new Set(["shop-id", "shop-letter", "twofa-bank", "submission-recorded"]);
  const shop = evaluate(facts({ channel: "shop", idDocument: "rs-id" }), ticked, TODAY);
  assert.ok(shop.doneKeys.has("shop-id") && shop.doneKeys.has("twofa-bank"));
  assert.ok(!shop.doneKeys.has("submission-recorded"), "a tick cannot stand in for a recorded date");
  assert.ok(shop.doneKeys.has("channel-chosen") && shop.doneKeys.has("id-document-given"));

  const email = evaluate(facts({ channel: "email", idDocument: "rs-id" }), ticked, TODAY);
  assert.ok(!email.doneKeys.has("shop-id"), "shop items are not on an e-mail checklist");
  assert.ok(email.doneKeys.has("twofa-bank"), "still required, still ticked");
  assert.equal(email.progress.done, 3);

  const back = evaluate(facts({ channel: "shop", idDocument: "rs-id" }), ticked, TODAY);
  assert.equal(back.progress.done, shop.progress.done, "switching back restores the ticks");
});

test("progress counts done items and points at the first step with work left", () => {
  const f = facts({ unpaidBills: "no", accountProblems: "no", contractEndDate: "2020-01-01" });
  const first = evaluate(f, new Set(), TODAY);
  assert.equal(first.progress.nextStep, "prepare", "eligibility done by the answers alone");
  assert.equal(first.progress.done, 1);
  const all = checklistFor(f, TODAY)
    .filter((i) => !i.byFact)
    .map((i) => i.key);
  const closed = evaluate(
    { ...f, channel: "shop", idDocument: "rs-id", holderName: "Ana", submittedOn: TODAY, answerOn: TODAY, closedOn: TODAY },
    new Set([...all, "shop-id", "shop-letter", "shop-stamp"]),
    TODAY,
  );
  assert.equal(closed.progress.nextStep, null);
  assert.equal(closed.progress.done, closed.progress.total);
  assert.deepEqual(
    closed.progress.steps.map((s) => s.id),
    [...STEP_IDS],
  );
});

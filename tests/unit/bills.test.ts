import { test } from "node:test";
import assert from "node:assert/strict";
import { billCheckIns } from "@/app/lib/playbook/bills";
import { billComplaint } from "@/app/lib/documents/bill-complaint";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import { translator } from "@/app/lib/i18n/translator";
import { caseFacts } from "@/tests/support/facts";

const facts: CaseAnswers = caseFacts({
  operator: "mts",
  unpaidBills: "no",
  accountProblems: "no",
  channel: "email",
  idDocument: "rs-id",
  submittedOn: "2026-10-20",
  closedOn: "2026-10-31",
});

test("two bill check-ins, one and two months after closing, each due from its date", () => {
  assert.deepEqual(billCheckIns(null, [null, null], "2026-11-25"), [], "no closing date: no check-ins");
  assert.deepEqual(billCheckIns("2026-10-31", [null, null], "2026-11-29"), [
    { n: 1, date: "2026-11-30", due: false, answer: null },
    { n: 2, date: "2026-12-31", due: false, answer: null },
  ]);
  const later = billCheckIns("2026-10-31", ["yes", "maybe"], "2026-11-30");
  assert.equal(later[0]!.due, true);
  assert.equal(later[0]!.answer, "yes");
  assert.equal(later[1]!.answer, null, "only yes or no is an answer");
});

test("the complaint about a bill after closing: Serbian with the date and reference, and its meaning", () => {
  const { sr, translation } = billComplaint({ answers: facts, phoneE164: "+381641234567", operatorReference: "MTS-77" }, translator("en"), "en");
  for (const s of ["Prigovor na račun za broj +381 64 1234567", "isključen 31.10.2026. (broj predmeta: MTS-77)", "tražim da se stornira", "RATEL"]) {
    assert.ok(sr.includes(s), `missing: ${s}\n${sr}`);
  }
  assert.ok(translation?.includes("disconnected on 31 October 2026 (reference: MTS-77)"), translation ?? "no translation");
  const zh = billComplaint({ answers: facts, phoneE164: "+381641234567", operatorReference: null }, translator("zh-Hans"), "zh-Hans");
  assert.ok(zh.sr.startsWith("Predmet: Prigovor"), "the complaint itself stays Serbian");
  assert.ok(!zh.translation!.includes("Dear"), "the meaning is in Chinese");
});

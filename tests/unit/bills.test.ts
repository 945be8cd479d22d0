import { test } from "node:test";
import assert from "node:assert/strict";
import { billCheckIns } from "@/app/lib/playbook/bills";
import { billComplaint } from "@/app/lib/documents/bill-complaint";
import { collectionReply } from "@/app/lib/documents/collection-reply";
import { operatorById } from "@/app/lib/playbook/operators";
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

test("the reply to a collection agency: the operator's legal name, the disconnection and reference, the dispute and what is asked; its meaning", () => {
  const { sr, translation } = collectionReply({ answers: facts, phoneE164: "+381641234567", operatorReference: "MTS-77" }, translator("en"), "en");
  for (const s of [
    "Predmet: Osporavanje potraživanja za broj +381 64 1234567",
    `potraživanju operatora ${operatorById(facts.operator).legalName} za broj`,
    "isključen 31.10.2026. (broj predmeta: MTS-77)",
    "na koji sam operatoru izjavio/la prigovor",
    "obustavite naplatu",
    "dokaz o osnovu i visini potraživanja",
  ]) {
    assert.ok(sr.includes(s), `missing: ${s}\n${sr}`);
  }
  assert.ok(translation?.includes("disconnected at my request on 31 October 2026 (case number: MTS-77)"), translation ?? "no translation");
  const zh = collectionReply({ answers: facts, phoneE164: "+381641234567", operatorReference: null }, translator("zh-Hans"), "zh-Hans");
  assert.ok(!zh.sr.includes("broj predmeta"), "no reference, none printed");
  assert.ok(zh.translation!.includes("暂停催收"), "the meaning is in Chinese");
  assert.equal(collectionReply({ answers: facts, phoneE164: "+381641234567", operatorReference: null }, translator("sr-Latn"), "sr-Latn").translation, null);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { powerOfAttorney } from "@/app/lib/documents/power-of-attorney";
import { renderPoaPdf } from "@/app/lib/pdf/power-of-attorney";
import { checklistFor, type CaseAnswers } from "@/app/lib/playbook/checklist";
import { translator } from "@/app/lib/i18n/translator";
import { pdfPages as pages, pdfText } from "@/tests/support/pdf";
import { caseFacts } from "@/tests/support/facts";

const facts: CaseAnswers = caseFacts({ unpaidBills: "no", accountProblems: "no", channel: "letter", idDocument: "passport", holderName: "李伟" });

test("a representative adds the power-of-attorney items to the contact and submit steps", () => {
  const keys = (f: CaseAnswers) => checklistFor(f, "2026-11-25").map((i) => `${i.step}:${i.key}`);
  assert.ok(!keys(facts).some((k) => k.includes("poa-")));
  const represented = keys({ ...facts, representative: "yes" });
  assert.ok(represented.includes("contact:poa-certified"));
  assert.ok(represented.includes("submit:poa-handed"));
  assert.ok(!keys({ ...facts, representative: "no" }).some((k) => k.includes("poa-")));
});

test("the power of attorney: Serbian to sign with blanks to fill by hand, its meaning on a second page", async () => {
  const zh = translator("zh-Hans");
  const poa = powerOfAttorney({ answers: facts, phoneE164: "+381601234567" }, zh, "zh-Hans");
  const pdf = await renderPoaPdf(poa, zh("poa.note"));
  assert.equal(pages(pdf), "2");
  const text = pdfText(pdf);
  for (const s of [
    "PUNOMOĆJE",
    "Ja, 李伟, broj lične karte ili pasoša: ______",
    "ovlašćujem: ime i prezime: ______",
    "A1 Srbija d.o.o.",
    "+381 60 1234567",
    "(potpis overava javni beležnik)",
    zh("poa.title"),
    zh("poa.certified"),
  ]) {
    assert.ok(text.includes(s), `missing: ${s}\n${text}`);
  }
  const serbianOnly = await renderPoaPdf({ sr: poa.sr, translation: null }, "");
  assert.equal(pages(serbianOnly), "1");
});

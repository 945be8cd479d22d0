import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderSummaryPdf } from "../../app/lib/pdf/summary";
import { renderLetterPdf } from "../../app/lib/pdf/letter";
import { letterText } from "../../app/lib/playbook/letter";
import { evaluate, type CaseFacts } from "../../app/lib/playbook/checklist";
import type { CaseDetail } from "../../app/lib/cases/data";

function textOf(pdf: Buffer): string {
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "odjava-unit-")), "doc.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

const facts: CaseFacts = {
  operator: "mts", planType: "postpaid", contractEndDate: "2027-03-31", unpaidBills: "no", accountProblems: "no",
  channel: "email", idDocument: "rs-id", holderName: "Jovana Đorđević", submittedOn: "2026-11-20", answerOn: null, closedOn: null,
};

function sampleCase(ticked: string[]): CaseDetail {
  const at = new Date("2026-11-20T09:30:00Z");
  const { items, doneKeys, progress } = evaluate(facts, new Set(ticked), "2026-11-25");
  return {
    id: "case1", phoneE164: "+381641234567", facts, letterPlace: "Niš", reason: "cost", operatorReference: "MTS-4411", answerNote: null,
    currentStep: progress.nextStep ?? "done", createdAt: at, updatedAt: at,
    items: items.map((i) => ({ ...i, done: doneKeys.has(i.key), doneAt: doneKeys.has(i.key) && !i.byFact ? at : null })),
    progress,
    events: [
      { id: "e1", type: "case_created", payload: {}, createdAt: at },
      { id: "e2", type: "submitted", payload: { date: "2026-11-20", channel: "email" }, createdAt: at },
    ],
  };
}

test("the summary PDF holds the case, contacts with sources, the follow-up date, every item and the timeline", async () => {
  const c = sampleCase(["twofa-bank", "term-cost-asked"]);
  const pdf = await renderSummaryPdf(c, new Date("2026-11-25T10:00:00Z"));
  assert.ok(pdf.length < 200_000, `PDF is ${pdf.length} bytes`);
  const text = textOf(pdf);
  for (const s of ["Odjava: case summary", "mts (Telekom Srbija)", "+381 64 1234567", "31 March 2027", `${c.progress.done} of ${c.progress.total} done`,
    "Made on 25 Nov 2026, 11:00", "Done on 20 Nov 2026, 10:30", "Follow up on: 2 December 2026", "0800 100 100 (free)",
"Dubrovačka 35", "Request submitted by e-mail on 20 November 2026",
    "Not verified: confirm with the operator", "reference MTS-4411"]) {
    assert.ok(text.includes(s), `missing: ${s}\n${text}`);
  }
  assert.ok(text.replace(/\s+/g, "").includes("https://mts.rs/Privatni/Korisnicka-zona/Samousluzni-servisi/Ukljucenje-na-rec"), "source URL");
  assert.equal(text.match(/Not done/g)?.length, c.progress.total - c.progress.done);
});

test("the letter PDF has the Serbian request (with Serbian letters intact) and the translation", async () => {
  const pdf = await renderLetterPdf(letterText({ facts, phoneE164: "+381641234567", holderName: facts.holderName, letterPlace: "Niš", reason: "cost", date: "2026-11-20" }));
  const text = textOf(pdf);
  for (const s of ["Zahtev za raskid ugovora", "Jovana Đorđević", "Dubrovačka 35", "Niš, 20.11.2026.",
    "Predmet: Zahtev za raskid ugovora za broj +381 64 1234567", "Razlog: troškovi usluge.", "S poštovanjem,", "Request to terminate the contract", "Reason: the cost of the service."]) {
    assert.ok(text.includes(s), `missing: ${s}\n${text}`);
  }
  const pages = execFileSync("pdfinfo", ["-"], { input: pdf, encoding: "utf8" }).match(/Pages:\s+(\d+)/)?.[1];
  assert.equal(pages, "2");
});

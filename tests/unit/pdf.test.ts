import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderSummaryPdf } from "../../app/lib/pdf/summary";
import { checklistFor, progressOf } from "../../app/lib/playbook/checklist";
import type { CaseDetail } from "../../app/lib/cases/data";

function sampleCase(doneKeys: string[]): CaseDetail {
  const checklist = checklistFor("postpaid");
  const at = new Date("2026-11-20T09:30:00Z");
  const items = checklist.map((i) => ({ ...i, done: doneKeys.includes(i.key), doneAt: doneKeys.includes(i.key) ? at : null }));
  return {
    id: "case1",
    operator: "mts",
    phoneE164: "+381641234567",
    planType: "postpaid",
    contractEndDate: "2027-03-31",
    currentStep: "prepare",
    createdAt: at,
    updatedAt: at,
    items,
    progress: progressOf(checklist, new Set(doneKeys)),
    events: [
      { id: "e1", type: "case_created", payload: {}, createdAt: at },
      { id: "e2", type: "step_completed", payload: { step: "eligibility" }, createdAt: at },
    ],
  };
}

test("the summary PDF holds the case, every item with its state and date, and the timeline, as text", async () => {
  const pdf = await renderSummaryPdf(sampleCase(["bills-paid", "term-checked", "account-ok"]), new Date("2026-11-25T10:00:00Z"));
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  assert.ok(pdf.length < 200_000, `PDF is ${pdf.length} bytes`);
  const dir = mkdtempSync(path.join(tmpdir(), "odjava-unit-"));
  writeFileSync(path.join(dir, "s.pdf"), pdf);
  const text = execFileSync("pdftotext", ["-layout", path.join(dir, "s.pdf"), "-"], { encoding: "utf8" });
  for (const s of ["Odjava: case summary", "mts (Telekom Srbija)", "+381 64 1234567", "31 March 2027", "3 of 13 done",
    "Made on 25 Nov 2026, 11:00", "Done on 20 Nov 2026, 10:30", "Cut up and throw away the SIM card", "Step done: Check what blocks cancellation"]) {
    assert.ok(text.includes(s), `missing: ${s}\n${text}`);
  }
  assert.equal(text.match(/Not done/g)?.length, 10);
});

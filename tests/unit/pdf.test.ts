import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { renderSummaryPdf } from "@/app/lib/pdf/summary";
import { ANSWER_FIELD_NAMES, type StoredAnswers } from "@/app/lib/cases/fields";
import { renderLetterPdf } from "@/app/lib/pdf/letter";
import { letterText } from "@/app/lib/documents/letter";
import { defaultScript, inScript } from "@/app/lib/documents/script";
import { powerOfAttorney } from "@/app/lib/documents/power-of-attorney";
import { renderPoaPdf } from "@/app/lib/pdf/power-of-attorney";
import { evaluate, type CaseAnswers } from "@/app/lib/playbook/checklist";
import type { CaseDetail } from "@/app/lib/cases/queries";
import { translator } from "@/app/lib/i18n/translator";
import { LOCALES, type Locale } from "@/app/lib/i18n/locales";
import { pdfPages, pdfText } from "@/tests/support/pdf";
import { caseFacts } from "@/tests/support/facts";

const en = translator("en");

function textOf(pdf: Buffer): string {
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  return pdfText(pdf);
}

const facts: CaseAnswers = caseFacts({
  operator: "mts",
  contractEndDate: "2027-03-31",
  unpaidBills: "no",
  accountProblems: "no",
  channel: "email",
  idDocument: "rs-id",
  holderName: "Jovana Đorđević",
  submittedOn: "2026-11-20",
});

const stored = Object.fromEntries(ANSWER_FIELD_NAMES.map((f) => [f, null])) as StoredAnswers;

function sampleCase(ticked: string[]): CaseDetail {
  const at = new Date("2026-11-20T09:30:00Z");
  const { items, doneKeys, progress } = evaluate(facts, new Set(ticked), "2026-11-25");
  return {
    id: "case1",
    phoneE164: "+381641234567",
    answers: facts,
    stored: { ...stored, ...facts, letterPlace: "Niš", reason: "cost", operatorReference: "MTS-4411" },
    porting: { portDebts: null, portRecent: null, portCommitment: null, portStolen: null },
    billChecks: [null, null],
    createdAt: at,
    updatedAt: at,
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
  const pdf = await renderSummaryPdf(c, en, "en", new Date("2026-11-25T10:00:00Z"), "2026-11-25");
  assert.ok(pdf.length < 200_000, `PDF is ${pdf.length} bytes`);
  const text = textOf(pdf);
  for (const s of [
    "Odjava: case summary",
    "mts (Telekom Srbija)",
    "+381 64 1234567",
    "31 March 2027",
    `${c.progress.done} of ${c.progress.total} done`,
    "Made on 25 Nov 2026, 11:00",
    "Done on 20 Nov 2026, 10:30",
    "Follow up on: 2 December 2026",
    "0800 100 100 (free)",
    "Dubrovačka 35",
    "Request submitted by e-mail on 20 November 2026",
    "Not verified: confirm with the operator",
    "reference MTS-4411",
  ]) {
    assert.ok(text.includes(s), `missing: ${s}\n${text}`);
  }
  assert.ok(text.replace(/\s+/g, "").includes("https://mts.rs/Privatni/Korisnicka-zona/Samousluzni-servisi/Ukljucenje-na-rec"), "source URL");
  assert.equal(text.match(/Not done/g)?.length, c.progress.total - c.progress.done);
});

test("the letter PDF has the Serbian request (with Serbian letters intact) and the translation", async () => {
  const letter = letterText(
    { answers: facts, phoneE164: "+381641234567", holderName: facts.holderName, letterPlace: "Niš", reason: "cost", date: "2026-11-20" },
    en,
    "en",
    "20 November 2026",
  );
  const pdf = await renderLetterPdf(letter, en("pdf.letterNote"));
  const text = textOf(pdf);
  for (const s of [
    "Zahtev za raskid ugovora",
    "Jovana Đorđević",
    "Dubrovačka 35",
    "Niš, 20.11.2026.",
    "Predmet: Zahtev za raskid ugovora za broj +381 64 1234567",
    "Razlog: troškovi usluge.",
    "S poštovanjem,",
    "Request to terminate the contract",
    "Reason: the cost of the service.",
  ]) {
    assert.ok(text.includes(s), `missing: ${s}\n${text}`);
  }
  const pages = pdfPages(pdf);
  assert.equal(pages, "2");
});

// A Serbian reader reads the request itself: a second page would only repeat it in Serbian.
test("in Serbian the letter and the power of attorney are the Serbian text alone, one page each", async () => {
  const sr = translator("sr-Latn");
  const input = { answers: facts, phoneE164: "+381641234567", holderName: facts.holderName, letterPlace: "Niš", reason: "cost", date: "2026-11-20" };
  const letter = letterText(input, sr, "sr-Latn", "20. novembar 2026.");
  assert.equal(letter.translation, null);
  const pdf = await renderLetterPdf(letter, sr("pdf.letterNote"));
  assert.equal(pdfPages(pdf), "1");
  assert.ok(!textOf(pdf).includes(sr("pdf.letterNote")), "no note about a translation");
  const poa = powerOfAttorney({ answers: facts, phoneE164: "+381641234567" }, sr, "sr-Latn");
  assert.equal(poa.translation, null);
  assert.equal(pdfPages(await renderPoaPdf(poa, sr("poa.note"))), "1");
});

// Each language's PDF: its own words, Serbian letters and Chinese glyphs kept, small.
test("summary and letter PDFs in Chinese, Serbian and English keep every script and stay small", async () => {
  const c = sampleCase(["twofa-bank"]);
  c.answers = { ...c.answers, holderName: "王芳 Đorđević" };
  const expected: Record<Locale, string[]> = {
    en: ["Odjava: case summary", "Steps and checklist"],
    "zh-Hans": [translator("zh-Hans")("pdf.title"), translator("zh-Hans")("pdf.stepsHeading")],
    "sr-Latn": [translator("sr-Latn")("pdf.title"), translator("sr-Latn")("pdf.stepsHeading")],
    "sr-Cyrl": ["Odjava: резиме случаја", translator("sr-Cyrl")("pdf.stepsHeading"), "Захтев за раскид уговора"],
  };
  for (const locale of LOCALES) {
    const t = translator(locale);
    const summary = await renderSummaryPdf(c, t, locale, new Date("2026-11-25T10:00:00Z"), "2026-11-25");
    assert.ok(summary.length < 200_000, `${locale} summary is ${summary.length} bytes`);
    const text = textOf(summary);
    for (const s of expected[locale]) assert.ok(text.includes(s), `${locale}: missing ${s}\n${text}`);
    assert.ok(text.includes("Dubrovačka 35"), `${locale}: Serbian letters`);
    // As the route makes it: the Serbian in the language's script, the name as typed.
    const letter = await renderLetterPdf(
      inScript(
        letterText(
          { answers: c.answers, phoneE164: c.phoneE164, holderName: "王芳 Đorđević", letterPlace: "Niš", reason: "cost", date: "2026-11-20" },
          t,
          locale,
          "x",
        ),
        defaultScript(locale),
        ["王芳 Đorđević"],
      ),
      t("pdf.letterNote"),
    );
    assert.ok(letter.length < 200_000, `${locale} letter is ${letter.length} bytes`);
    const lt = textOf(letter);
    const serbian = locale === "sr-Cyrl" ? ["Захтев за раскид уговора", "ч ш ж њ"] : ["Zahtev za raskid ugovora", "č ć š đ ž"];
    for (const s of [
      serbian[0]!,
      serbian[1]!.split(" ").every((ch) => lt.toLowerCase().includes(ch)) ? serbian[0]! : `missing ${serbian[1]}`,
      "王芳 Đorđević",
      t("letter.title"),
    ]) {
      assert.ok(lt.includes(s), `${locale} letter: missing ${s}`);
    }
  }
});

// The fonts are parsed once and shared by every document (fonts.ts): documents made at the
// same time must still each embed only their own glyphs and read back whole.
test("PDFs made at the same time from the shared fonts each read back whole and embed only their own fonts", async () => {
  const zh = translator("zh-Hans");
  const chinese = sampleCase(["twofa-bank"]);
  chinese.answers = { ...chinese.answers, holderName: "王芳" };
  const english = sampleCase([]);
  const [a, b, a2] = await Promise.all([
    renderSummaryPdf(chinese, zh, "zh-Hans", new Date("2026-11-25T10:00:00Z"), "2026-11-25"),
    renderSummaryPdf(english, en, "en", new Date("2026-11-25T10:00:00Z"), "2026-11-25"),
    renderSummaryPdf(chinese, zh, "zh-Hans", new Date("2026-11-25T10:00:00Z"), "2026-11-25"),
  ]);
  assert.ok(textOf(a).includes(zh("pdf.stepsHeading")));
  assert.ok(textOf(b).includes("Steps and checklist"));
  const fontsOf = (pdf: Buffer) => execFileSync("pdffonts", ["-"], { input: pdf, encoding: "utf8" });
  assert.match(fontsOf(a), /NotoSansSC/);
  assert.match(fontsOf(b), /NotoSans-Regular/);
  assert.doesNotMatch(fontsOf(b), /NotoSansSC/, "an English summary with no Chinese text embeds no Chinese font");
  // The same document twice gives the same subset: nothing left over from other documents.
  assert.equal(a.length, a2.length);
});

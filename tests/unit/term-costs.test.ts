// Issue 16, item 3d: what ending inside the term costs (an estimate from the discount a
// month and the months used), a device on instalments, and the letter's and shop sheet's
// requests for the operator's written calculation and a statement of the instalments.
import { test } from "node:test";
import assert from "node:assert/strict";
import { earlyTerminationCost, instalmentsLeftTotal, storedNumber } from "@/app/lib/playbook/rights";
import { answerFormSchema } from "@/app/lib/cases/fields";
import { checklistFor, type CaseAnswers } from "@/app/lib/playbook/checklist";
import { letterText } from "@/app/lib/documents/letter";
import { shopSheet } from "@/app/lib/documents/shop-sheet";
import { renderLetterPdf } from "@/app/lib/pdf/letter";
import { renderShopSheetPdf } from "@/app/lib/pdf/shop-sheet";
import { translator } from "@/app/lib/i18n/translator";
import { formatCalendarDate } from "@/app/lib/dates";
import { formatRsd } from "@/app/lib/money";
import { DEVICE_INSTALMENTS } from "@/app/lib/playbook/legal";
import { caseFacts } from "@/tests/support/facts";
import { pdfText } from "@/tests/support/pdf";

const TODAY = "2026-11-25";

test("ending early: nothing once the term is over or inside a price window, else discount × months used, else unknown", () => {
  const rows: [string | null, string | null, number | null, number | null, ReturnType<typeof earlyTerminationCost>][] = [
    // term ends, price notice, discount a month, months used, cost
    ["2027-06-30", null, 500, 10, { kind: "estimate", perMonth: 500, months: 10, total: 5000 }],
    [null, null, 1200, 7, { kind: "estimate", perMonth: 1200, months: 7, total: 8400 }], // end unknown: may still run
    ["2027-06-30", null, 0, 10, { kind: "estimate", perMonth: 0, months: 10, total: 0 }], // no discount: nothing to reclaim
    ["2027-06-30", null, 500, 0, { kind: "estimate", perMonth: 500, months: 0, total: 0 }], // first month
    ["2027-06-30", null, 1_000_000, 36, { kind: "estimate", perMonth: 1_000_000, months: 36, total: 36_000_000 }], // the largest accepted
    ["2026-11-26", null, 500, 23, { kind: "estimate", perMonth: 500, months: 23, total: 11500 }], // ends tomorrow: still runs
    ["2026-11-25", null, 500, 24, { kind: "none", because: "term-over" }], // ends today
    ["2025-01-01", null, 500, 24, { kind: "none", because: "term-over" }],
    ["2027-06-30", "2026-11-15", 500, 10, { kind: "none", because: "price-window" }], // notice 10 days ago
    ["2027-06-30", "2026-10-26", 500, 10, { kind: "none", because: "price-window" }], // the window's last day
    ["2027-06-30", "2026-10-25", 500, 10, { kind: "estimate", perMonth: 500, months: 10, total: 5000 }], // a day too late
    ["2027-06-30", null, 500, null, { kind: "unknown" }],
    ["2027-06-30", null, null, 10, { kind: "unknown" }],
  ];
  for (const [contractEndDate, priceNoticeOn, discount, months, expected] of rows) {
    assert.deepEqual(
      earlyTerminationCost({ contractEndDate, priceNoticeOn }, discount, months, TODAY),
      expected,
      `${contractEndDate} ${priceNoticeOn} ${discount} ${months}`,
    );
  }
});

test("a device's instalments left: count × amount, unknown until both are given", () => {
  const rows: [number | null, number | null, number | null][] = [
    [12, 2500, 30000],
    [0, 2500, 0],
    [60, 1_000_000, 60_000_000],
    [null, 2500, null],
    [12, null, null],
  ];
  for (const [count, amount, total] of rows) assert.equal(instalmentsLeftTotal(count, amount), total, `${count} × ${amount}`);
  assert.deepEqual(["12", "0", "007", "", null, undefined, "1.5", "-3", "1e3"].map(storedNumber), [12, 0, 7, null, null, null, null, null, null]);
});

test("amounts and months are typed with or without groups of three; fractions, signs and words are refused", () => {
  const parse = (termDiscount: string, termMonthsUsed = "3") => answerFormSchema("termCost", TODAY).safeParse({ termDiscount, termMonthsUsed });
  const good: [string, string | null][] = [
    ["1500", "1500"],
    ["1.500", "1500"], // Serbian grouping
    ["1,500", "1500"], // English grouping
    ["1 500", "1500"],
    ["1\u00a0500", "1500"], // a no-break space, as some keyboards and pastes give
    [" 012 ", "12"],
    ["1.000.000", "1000000"], // the maximum
    ["", null], // cleared
  ];
  for (const [typed, stored] of good) {
    const r = parse(typed);
    assert.ok(r.success, typed);
    assert.equal(r.data.termDiscount, stored, typed);
  }
  const bad: [string, string][] = [
    ["12,5", "errors.wholeNumber"],
    ["1.50", "errors.wholeNumber"],
    ["-3", "errors.wholeNumber"],
    ["1e3", "errors.wholeNumber"],
    ["0x10", "errors.wholeNumber"],
    ["١٢", "errors.wholeNumber"], // Arabic-Indic digits are not read as 12
    ["pet hiljada", "errors.wholeNumber"],
    ["1000001", "errors.numberTooLarge:1000000"],
    ["99999999999999999999", "errors.numberTooLarge:1000000"],
  ];
  for (const [typed, message] of bad) {
    const r = parse(typed);
    assert.equal(r.success, false, typed);
    assert.equal(r.error?.issues[0]?.message, message, typed);
  }
  // The months of a term: at most 36 (a consumer's term is at most 24 months; room for older contracts).
  assert.equal(parse("500", "37").error?.issues[0]?.message, "errors.numberTooLarge:36");
});

test("a device on instalments adds its own item to a postpaid case, and none to a prepaid one", () => {
  const keys = (f: Partial<CaseAnswers>) => checklistFor(caseFacts(f), TODAY).map((i) => i.key);
  assert.ok(keys({ deviceInstalments: "yes" }).includes("instalments-known"));
  assert.ok(!keys({ deviceInstalments: "no" }).includes("instalments-known"));
  assert.ok(!keys({}).includes("instalments-known"));
  assert.ok(!keys({ planType: "prepaid", deviceInstalments: "yes" }).includes("instalments-known"));
});

const zh = translator("zh-Hans");
const flat = (pdf: Buffer) => pdfText(pdf, { layout: false }).replace(/\s+/g, "");
const has = (out: string, s: string) => out.includes(s.replace(/\s+/g, ""));
const CALCULATION =
  "pisani obračun troškova prevremenog raskida; prema rešenju Ministarstva trgovine, turizma i telekomunikacija iz 2018. godine, operator može da naplati samo popust koji sam dobio/la za mesece korišćenja.";
const INSTALMENTS =
  "Uz ugovor sam kupio/la uređaj na rate. Molim Vas da mi dostavite pregled preostalih rata (broj i iznos) i da me obavestite na koji način mogu da ih izmirim.";

async function letter(answers: Partial<CaseAnswers>, deviceInstalments: string | null = null) {
  const text = letterText(
    {
      answers: caseFacts({ unpaidBills: "no", accountProblems: "no", channel: "letter", idDocument: "passport", ...answers }),
      phoneE164: "+381601234567",
      holderName: "Li Wei",
      letterPlace: "Beograd",
      reason: "cost",
      deviceInstalments,
      date: TODAY,
    },
    zh,
    "zh-Hans",
    formatCalendarDate(TODAY, "zh-Hans"),
  );
  return flat(await renderLetterPdf(text, zh("pdf.letterNote")));
}

test("the letter asks for a written calculation while the term may run, never once it is over or inside a price window", async () => {
  const running = await letter({ contractEndDate: "2027-06-30" });
  assert.ok(has(running, `Ugovorna obaveza traje do 30.06.2027. Pre raskida molim ${CALCULATION}`), running);
  assert.ok(has(running, zh("letter.writtenCalculation", { date: formatCalendarDate("2027-06-30", "zh-Hans") })));
  const unknown = await letter({ contractEndDate: null });
  assert.ok(has(unknown, `Ukoliko ugovorna obaveza još traje, pre raskida molim ${CALCULATION}`), unknown);
  assert.ok(has(unknown, zh("letter.writtenCalculationIf")));
  for (const [label, answers] of [
    ["term over", { contractEndDate: "2026-01-31" }],
    ["price window", { contractEndDate: "2027-06-30", priceNoticeOn: "2026-11-15" }],
    ["prepaid", { planType: "prepaid" as const }],
  ] as const) {
    assert.ok(!has(await letter(answers), "pisani obračun troškova"), label);
  }
});

test("the letter and the shop sheet ask for a statement of a device's instalments exactly when there is one, even inside a price window", async () => {
  const inWindow = await letter({ contractEndDate: "2027-06-30", priceNoticeOn: "2026-11-15" }, "yes");
  assert.ok(has(inWindow, INSTALMENTS) && has(inWindow, zh("letter.instalments")), inWindow);
  for (const answer of ["no", null]) assert.ok(!has(await letter({}, answer), "uređaj na rate"), String(answer));
  assert.ok(!has(await letter({ planType: "prepaid" }, "yes"), "uređaj na rate"));

  const sheet = async (answers: Partial<CaseAnswers>, deviceInstalments: string | null) =>
    flat(
      await renderShopSheetPdf(
        shopSheet(
          { answers: caseFacts(answers), phoneE164: "+381601234567", today: TODAY, deviceInstalments },
          { t: zh, date: (iso) => formatCalendarDate(iso, "zh-Hans") },
        ),
        null,
      ),
    );
  const both = await sheet({ contractEndDate: "2027-06-30" }, "yes");
  assert.ok(has(both, "• pregled preostalih rata za uređaj kupljen uz ugovor (broj i iznos);") && has(both, zh("shopSheet.askInstalments")), both);
  assert.ok(has(both, "• pisani obračun troškova prevremenog raskida, ako ugovorna obaveza još traje;") && has(both, zh("shopSheet.askCalculation")));
  const over = await sheet({ contractEndDate: "2026-01-31" }, "no");
  assert.ok(!has(over, "pregled preostalih rata") && !has(over, "pisani obračun troškova"), over);
});

test("the instalments fact carries its source, the date it was read and what the page did not say", () => {
  const fact = DEVICE_INSTALMENTS;
  assert.equal(fact.status, "secondary");
  assert.ok(fact.source.url.startsWith("https://efektiva.rs/"));
  assert.equal(fact.source.checked, "2026-12-01");
  assert.ok(fact.source.note);
  // Amounts in each language, whole dinars.
  assert.deepEqual(
    (["en", "sr-Latn", "zh-Hans"] as const).map((l) => formatRsd(12500, l).replace(/\u00a0/g, " ")),
    ["RSD 12,500", "12.500 RSD", "RSD 12,500"],
  );
});

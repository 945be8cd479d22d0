import { test } from "node:test";
import assert from "node:assert/strict";
import { shopSheet } from "@/app/lib/documents/shop-sheet";
import { renderShopSheetPdf } from "@/app/lib/pdf/shop-sheet";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import { pdfPages, pdfText as text } from "@/tests/support/pdf";
import { caseFacts } from "@/tests/support/facts";
import { translator } from "@/app/lib/i18n/translator";
import { formatCalendarDate } from "@/app/lib/dates";

const facts: CaseAnswers = caseFacts({
  operator: "yettel",
  contractEndDate: "2027-06-30",
  unpaidBills: "no",
  accountProblems: "no",
  channel: "shop",
  idDocument: "passport",
  holderName: "王芳 Đorđević",
});
const zh = translator("zh-Hans");

test("the shop sheet says who, which number and what is asked, in Serbian, with the person's language beneath", async () => {
  const sheet = shopSheet({ answers: facts, phoneE164: "+381631234567", today: "2026-11-25" }, { t: zh, date: (iso) => formatCalendarDate(iso, "zh-Hans") });
  const pdf = await renderShopSheetPdf(sheet, zh("shopSheet.forYou"));
  const out = text(pdf);
  assert.equal(pdfPages(pdf), "2", "the request on one page, the objection cards on the next");
  for (const s of [
    "Zahtev za raskid ugovora i isključenje broja",
    "Ime i prezime: 王芳 Đorđević",
    "Broj telefona: +381 63 1234567",
    "Yettel d.o.o.",
    "pasoš",
    "Molim raskid pretplatničkog ugovora za broj +381 63 1234567",
    "Ugovorna obaveza traje do 30.06.2027. Molim",
    "zavodnim brojem",
    zh("shopSheet.askReceipt"),
    zh("shopSheet.requestPostpaid", { number: "+381 63 1234567" }),
  ]) {
    assert.ok(out.includes(s), `missing: ${s}\n${out}`);
  }
});

test("prepaid asks to disconnect the card; in Serbian there are no second lines; a finished term is not mentioned", async () => {
  const sheet = shopSheet(
    { answers: { ...facts, planType: "prepaid", contractEndDate: null, holderName: null, idDocument: null }, phoneE164: "+381641234567", today: "2026-11-25" },
    null,
  );
  assert.ok(sheet.request[0]!.sr.startsWith("Molim da se pripejd broj +381 64 1234567"));
  assert.equal(sheet.request.length, 1);
  assert.ok([sheet.title, sheet.intro, ...sheet.request, ...sheet.ask, sheet.cardsTitle, ...sheet.facts.map((f) => f.label)].every((l) => l.tr === null));
  const out = text(await renderShopSheetPdf(sheet, null));
  assert.ok(out.includes("Ime i prezime: ______"), "a blank to fill in by hand when no name was given");
  assert.ok(out.includes("lična karta / pasoš"));
  const over = shopSheet({ answers: { ...facts, contractEndDate: "2026-01-31" }, phoneE164: "+381641234567", today: "2026-11-25" }, null);
  assert.equal(over.request.length, 1, "the term is over: no early-termination question");
});

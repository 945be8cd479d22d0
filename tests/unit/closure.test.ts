import { test } from "node:test";
import assert from "node:assert/strict";
import { letterText } from "@/app/lib/documents/letter";
import { shopSheet } from "@/app/lib/documents/shop-sheet";
import { renderLetterPdf } from "@/app/lib/pdf/letter";
import { renderShopSheetPdf } from "@/app/lib/pdf/shop-sheet";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import { translator } from "@/app/lib/i18n/translator";
import { formatCalendarDate } from "@/app/lib/dates";
import { caseFacts } from "@/tests/support/facts";
import { pdfPages, pdfText } from "@/tests/support/pdf";
import { answerFormSchema } from "@/app/lib/cases/fields";

// Issue 16, items 4 and 6: a clean closure asked for in the letter and on the shop sheet,
// and the objection cards at the counter; each sentence read back from the PDF, present
// exactly when the case's facts call for it.

const zh = translator("zh-Hans");
const base: CaseAnswers = caseFacts({ unpaidBills: "no", accountProblems: "no", channel: "letter", idDocument: "passport", holderName: "Li Wei" });
// pdftotext without layout, compared without white space: a sentence may wrap anywhere,
// and a wrapped Chinese line reads back with a space in it.
const flat = (pdf: Buffer) => pdfText(pdf, { layout: false }).replace(/\s+/g, "");
const has = (out: string, s: string) => out.includes(s.replace(/\s+/g, ""));

const CONFIRM = "Molim Vas da mi pisanim putem potvrdite prijem ovog zahteva, raskid ugovora i datum isključenja broja.";
const FINAL = "Molim Vas i da mi dostavite konačni obračun, odnosno pisanu potvrdu da po ovom ugovoru nemam neizmirenih obaveza.";

async function letterPdf(answers: Partial<CaseAnswers>) {
  const letter = letterText(
    { answers: { ...base, ...answers }, phoneE164: "+381641234567", holderName: "Li Wei", letterPlace: "Novi Sad", reason: "cost", date: "2026-11-25" },
    zh,
    "zh-Hans",
    "2026年11月25日",
  );
  return flat(await renderLetterPdf(letter, zh("pdf.letterNote")));
}

test("the letter asks for the termination and the disconnection date in writing, and a postpaid one for a final statement", async () => {
  const postpaid = await letterPdf({});
  for (const s of [CONFIRM, FINAL, zh("letter.confirmRequest"), zh("letter.finalStatement")]) assert.ok(has(postpaid, s), `missing: ${s}\n${postpaid}`);
  const prepaid = await letterPdf({ planType: "prepaid" });
  assert.ok(has(prepaid, CONFIRM) && has(prepaid, zh("letter.confirmRequest")));
  assert.ok(!has(prepaid, "konačni obračun") && !has(prepaid, zh("letter.finalStatement")), "a prepaid card has no bill to settle");
});

const today = "2026-11-25";
function sheet(answers: Partial<CaseAnswers>, translated = true) {
  return shopSheet(
    { answers: caseFacts({ operator: "yettel", ...answers }), phoneE164: "+381631234567", today },
    translated ? { t: zh, date: (iso) => formatCalendarDate(iso, "zh-Hans") } : null,
  );
}
async function sheetPdf(answers: Partial<CaseAnswers>) {
  const pdf = await renderShopSheetPdf(sheet(answers), zh("shopSheet.forYou"));
  return { out: flat(pdf), pages: pdfPages(pdf) };
}

const ASK_FINAL = "• konačni obračun, odnosno potvrdu da nemam neizmirenih obaveza;";
const ASK_CLOSURE = "• pisanu potvrdu o raskidu ugovora i datum isključenja broja.";
const REMAINING = "Prema rešenju Ministarstva trgovine, turizma i telekomunikacija iz 2018. godine";
const BEFORE_END = "Ugovor mogu da raskinem i pre isteka ugovorne obaveze";
const ART_129 = "Ugovorna obaveza mi je istekla. Prema članu 129. Zakona o elektronskim komunikacijama";
const ART_131 = "Prema članu 131. Zakona o elektronskim komunikacijama, u roku od 30 dana od prijema tog obaveštenja";
const ORIGINAL = "„Potreban nam je originalni ugovor.“";
const DECLINE = "Svaku ponudu možete da odbijete";
const STAMPED = "Molim Vas overenu kopiju mog zahteva, sa delovodnim brojem i datumom prijema.";

test("the shop sheet asks for a clean closure: a final statement only for a contract that is billed", async () => {
  const { out } = await sheetPdf({ contractEndDate: "2027-06-30" });
  for (const s of [ASK_FINAL, ASK_CLOSURE, zh("shopSheet.askFinal"), zh("shopSheet.askClosure")]) assert.ok(has(out, s), `missing: ${s}`);
  const prepaid = (await sheetPdf({ planType: "prepaid" })).out;
  assert.ok(has(prepaid, ASK_CLOSURE) && !has(prepaid, ASK_FINAL) && !has(prepaid, zh("shopSheet.askFinal")));
});

test("in its term: the 2018 decision answers 'every remaining month' and 'only at the end', with its source", async () => {
  const { out, pages } = await sheetPdf({ contractEndDate: "2027-06-30", priceNoticeOn: "2026-11-20" });
  assert.equal(pages, "2", "the request on one page, the cards on the next, even with every card");
  for (const s of [
    "Ako Vam na šalteru kažu…",
    zh("shopSheet.cardsTitle"),
    "„Morate da platite sve preostale mesece do isteka ugovora.“",
    REMAINING,
    zh("shopSheet.cards.remainingMonths.answer"),
    "blic.rs/vesti/drustvo/mobilni-operateri-vise-nece-moci",
    "provereno 2026-12-01; potvrdite kod operatora",
    BEFORE_END,
    "(izvor: isti kao gore; potvrdite kod operatora)",
    ART_131,
    "primio/la sam 20.11.2026.",
    zh("shopSheet.cards.priceWindow.answer", { date: formatCalendarDate("2026-11-20", "zh-Hans") }),
    "forum.benchmark.rs/goto/post?id=7107628",
  ])
    assert.ok(has(out, s), `missing: ${s}\n${out}`);
  assert.ok(!has(out, ART_129), "Art. 129 is for a term that is over");
});

test("the cards follow the facts: Art. 129 once the term is over, none of the term's for prepaid, Art. 131 only inside the window", async () => {
  const over = (await sheetPdf({ contractEndDate: "2026-01-31" })).out;
  assert.ok(has(over, ART_129) && has(over, zh("shopSheet.cards.afterTerm.answer")));
  assert.ok(has(over, "forum.benchmark.rs/threads/mobilna-telefonija"), "Art. 129's source");
  assert.ok(!has(over, REMAINING) && !has(over, BEFORE_END));
  const unknown = (await sheetPdf({})).out;
  assert.ok(has(unknown, REMAINING) && !has(unknown, ART_129), "an unknown end: the term may still run");
  const prepaid = (await sheetPdf({ planType: "prepaid", priceNoticeOn: "2026-11-20" })).out;
  for (const s of [REMAINING, BEFORE_END, ART_129, ART_131]) assert.ok(!has(prepaid, s), `prepaid: ${s}`);
  assert.ok(!has((await sheetPdf({ priceNoticeOn: "2026-10-01" })).out, ART_131), "the window closed on 31 October");
  assert.ok(!has((await sheetPdf({})).out, ART_131), "no notice, no Art. 131");
});

test("every case gets the original-contract card (not verified), the offer card with 'you may decline' and the stamped copy", async () => {
  for (const answers of [{}, { planType: "prepaid" as const }, { contractEndDate: "2026-01-31" }]) {
    const { out } = await sheetPdf(answers);
    for (const s of [
      ORIGINAL,
      "Nije provereno: potvrdite kod operatora.",
      zh("pdf.notVerified"),
      "„Imamo za Vas bolju ponudu ako ostanete.“",
      "Hvala, ne želim novu ponudu ni promenu tarife. Molim samo raskid ugovora.",
      DECLINE,
      zh("shopSheet.cards.offer.note"),
      STAMPED,
      zh("shopSheet.cards.stampedCopy.answer"),
      "kurir.rs/vesti/drustvo/3800691",
    ])
      assert.ok(has(out, s), `missing: ${s}`);
  }
});

test("every card carries its source, a claim without one is 'not verified', advice has none; Serbian readers get no second lines", () => {
  const cards = sheet({ contractEndDate: "2027-06-30", priceNoticeOn: "2026-11-20" }).cards;
  for (const c of cards) {
    if (c.fact === null) assert.equal(c.source, null, "advice");
    else if (c.fact.status === "unverified") assert.equal(c.source?.sr, "Nije provereno: potvrdite kod operatora.");
    else assert.ok(c.source?.sr.includes("izvor"));
  }
  assert.deepEqual(
    cards.filter((c) => c.fact === null).map((c) => c.when.sr),
    ["„Imamo za Vas bolju ponudu ako ostanete.“"],
  );
  const serbian = sheet({ contractEndDate: "2027-06-30", priceNoticeOn: "2026-11-20" }, false);
  assert.ok(serbian.cards.every((c) => [c.when, c.answer, c.source, c.note].every((l) => l === null || l.tr === null)));
});

test("a refund IBAN: a Serbian and a foreign one with spaces are stored without them; junk is refused", () => {
  const letter = answerFormSchema("letter", "2026-11-25");
  const ok = { idDocument: "rs-id", reason: "other", holderName: "Ana", letterPlace: "Niš" };
  const iban = (refundIban: unknown) => letter.safeParse({ ...ok, refundIban });
  assert.equal(iban("RS35 1050 0812 3123 1231 73").data?.refundIban, "RS35105008123123123173");
  assert.equal(iban("DE89 3704 0044 0532 0130 00").data?.refundIban, "DE89370400440532013000");
  assert.equal(iban("de89 3704 0044 0532 0130 00").data?.refundIban, "DE89370400440532013000", "capitals, as banks print it");
  assert.equal(iban("  ").data?.refundIban, null, "empty clears it");
  assert.ok(iban(undefined).success && iban(undefined).data?.refundIban === undefined, "a form without it leaves it as it is");
  for (const junk of [
    "Ana Petrović",
    "RS35",
    "RS35 1050",
    "35RS105008123123123173",
    "RS35-1050-0812-3123-1231-73",
    "RSAB105008123123123173",
    "RS35105008123123123173" + "1".repeat(20),
    "RS35\u202e105008123123123173",
    "RS35 1050 0812\n3123 1231 73",
  ]) {
    const r = iban(junk);
    assert.equal(r.success, false, junk);
  }
  assert.equal(iban("Ana Petrović").error?.issues[0]?.message, "errors.iban");
});

test("the refund sentence appears in the letter and on the shop sheet exactly when an IBAN was given", async () => {
  const REFUND = "Ukoliko po ovom ugovoru postoji preplata ili uplaćeni avans, molim da mi se taj iznos vrati na račun IBAN DE89 3704 0044 0532 0130 00.";
  const ASK_REFUND = "• povraćaj preplate ili avansa, ako postoji, na račun IBAN DE89 3704 0044 0532 0130 00;";
  const letter = async (refundIban: string | null) =>
    flat(
      await renderLetterPdf(
        letterText(
          { answers: base, phoneE164: "+381641234567", holderName: "Li Wei", letterPlace: "Novi Sad", reason: "cost", refundIban, date: "2026-11-25" },
          zh,
          "zh-Hans",
          "2026年11月25日",
        ),
        zh("pdf.letterNote"),
      ),
    );
  const withIban = await letter("DE89370400440532013000");
  assert.ok(has(withIban, REFUND), withIban);
  assert.ok(has(withIban, zh("letter.refund", { iban: "DE89 3704 0044 0532 0130 00" })));
  assert.ok(!has(await letter(null), "preplata"));
  const shop = async (refundIban: string | null) =>
    flat(
      await renderShopSheetPdf(
        shopSheet(
          { answers: caseFacts({ planType: "prepaid" }), phoneE164: "+381631234567", today, refundIban },
          { t: zh, date: (iso) => formatCalendarDate(iso, "zh-Hans") },
        ),
        null,
      ),
    );
  const sheetWith = await shop("DE89370400440532013000");
  assert.ok(has(sheetWith, ASK_REFUND) && has(sheetWith, zh("shopSheet.askRefund", { iban: "DE89 3704 0044 0532 0130 00" })));
  assert.ok(!has(await shop(null), "povraćaj"));
});

test("the equipment sentence appears in the letter and on the shop sheet only when the person has the operator's equipment", async () => {
  const RETURN = "Opremu operatora koja se nalazi kod mene (na primer ruter) vraćam; molim Vas da mi pisanim putem potvrdite njen prijem i razduženje opreme.";
  const ASK = "• potvrdu o prijemu vraćene opreme operatora (razduženje opreme);";
  const letter = async (operatorEquipment: string | null) =>
    flat(
      await renderLetterPdf(
        letterText(
          { answers: base, phoneE164: "+381641234567", holderName: "Li Wei", letterPlace: "Novi Sad", reason: "cost", operatorEquipment, date: "2026-11-25" },
          zh,
          "zh-Hans",
          "2026年11月25日",
        ),
        zh("pdf.letterNote"),
      ),
    );
  const yes = await letter("yes");
  assert.ok(has(yes, RETURN) && has(yes, zh("letter.equipment")), yes);
  for (const answer of ["no", null]) assert.ok(!has(await letter(answer), "Opremu operatora"), String(answer));
  const shop = async (operatorEquipment: string | null) =>
    flat(
      await renderShopSheetPdf(
        shopSheet(
          { answers: caseFacts({}), phoneE164: "+381631234567", today, operatorEquipment },
          { t: zh, date: (iso) => formatCalendarDate(iso, "zh-Hans") },
        ),
        null,
      ),
    );
  const sheetYes = await shop("yes");
  assert.ok(has(sheetYes, ASK) && has(sheetYes, zh("shopSheet.askEquipment")));
  for (const answer of ["no", null]) assert.ok(!has(await shop(answer), "vraćene opreme"), String(answer));
});

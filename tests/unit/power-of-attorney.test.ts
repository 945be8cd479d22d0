import { test } from "node:test";
import assert from "node:assert/strict";
import { POA_CERTIFIED, powerOfAttorney } from "@/app/lib/documents/power-of-attorney";
import { renderPoaPdf } from "@/app/lib/pdf/power-of-attorney";
import { checklistFor, type CaseAnswers } from "@/app/lib/playbook/checklist";
import { MESSAGES, translator } from "@/app/lib/i18n/translator";
import { LOCALES, type Locale } from "@/app/lib/i18n/locales";
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
    "(potpis overava javni beležnik ili nadležni organ)",
    zh("poa.title"),
    zh("poa.certified"),
  ]) {
    assert.ok(text.includes(s), `missing: ${s}\n${text}`);
  }
  const serbianOnly = await renderPoaPdf({ sr: poa.sr, translation: null }, "");
  assert.equal(pages(serbianOnly), "1");
});

const leaves = (o: object, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]): [string, string][] => (typeof v === "string" ? [[`${prefix}${k}`, v]] : leaves(v as object, `${prefix}${k}.`)));

// mts: "overeno kod javnog beležnika ili nadležnog organa"; a notary is not the only way.
const AUTHORITY: Record<Locale, { notary: RegExp; authority: RegExp }> = {
  en: { notary: /notar/i, authority: /competent authority/ },
  "zh-Hans": { notary: /公证/, authority: /主管机关/ },
  "sr-Latn": { notary: /beležnik/, authority: /nadležn/ },
  "sr-Cyrl": { notary: /бележник/, authority: /надлежн/ },
};

test("the power of attorney may be certified by a notary or a competent authority, in Serbian and in every language", () => {
  const poa = powerOfAttorney({ answers: facts, phoneE164: "+381601234567" }, translator("en"), "en");
  assert.ok(poa.sr.signature.includes("(potpis overava javni beležnik ili nadležni organ)"), poa.sr.signature.join(" | "));
  assert.ok(poa.translation?.signature.includes("(the signature is certified by a notary or a competent authority)"));
  for (const locale of LOCALES) {
    const t = translator(locale);
    const { notary, authority } = AUTHORITY[locale];
    for (const key of ["poa.certified", "poa.note", "legal.poaCertified", "facts.mtsRequests"] as const) assert.match(t(key), authority, `${locale} ${key}`);
    // Every message that names a notary names the other authority too, but those about
    // certifying abroad (an embassy, a consulate or a local notary, not verified).
    const abroad = ["poa.abroadNote", "abroad.poaUnverified", "checklist.poa-notary-abroad"];
    for (const [key, message] of leaves(MESSAGES[locale]))
      if (notary.test(message) && !abroad.includes(key)) assert.match(message, authority, `${locale} ${key}: ${message}`);
  }
  assert.equal(POA_CERTIFIED.status === "verified" && POA_CERTIFIED.source.url, "https://www.mts.rs/privatni/korisnicka-zona/racun/prigovor");
});

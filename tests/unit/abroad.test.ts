import { test } from "node:test";
import assert from "node:assert/strict";
import { channelOf, channelsFor, checklistFor, evaluate, type CaseAnswers } from "@/app/lib/playbook/checklist";
import { portRegisteredOf, registeredToPerson, REGISTRATION_STAYS, PREPAID_REGISTRATION_RULE } from "@/app/lib/playbook/registration";
import { FREE_NUMBERS_ABROAD, POA_ABROAD } from "@/app/lib/playbook/abroad";
import { letterText } from "@/app/lib/documents/letter";
import { powerOfAttorney } from "@/app/lib/documents/power-of-attorney";
import { renderLetterPdf } from "@/app/lib/pdf/letter";
import { renderPoaPdf } from "@/app/lib/pdf/power-of-attorney";
import { translator } from "@/app/lib/i18n/translator";
import { PREPAID_REGISTRATION } from "@/app/lib/vocabulary";
import { pdfText } from "@/tests/support/pdf";
import { caseFacts } from "@/tests/support/facts";

// Issue 16, items 2 (a prepaid card's registration) and 7 (already abroad).

const TODAY = "2026-11-25";
const keys = (f: CaseAnswers) => checklistFor(f, TODAY).map((i) => `${i.step}:${i.key}`);
const ADDRESS = "Unter den Linden 5, 10117 Berlin, Deutschland";

test("abroad: a shop only through a representative; every other channel stays", () => {
  const rows: [Partial<CaseAnswers>, string[]][] = [
    [{}, ["shop", "email", "letter", "porting"]],
    [{ abroad: "no" }, ["shop", "email", "letter", "porting"]],
    [{ abroad: "yes" }, ["email", "letter", "porting"]],
    [{ abroad: "yes", representative: "no" }, ["email", "letter", "porting"]],
    [{ abroad: "yes", representative: "yes" }, ["shop", "email", "letter", "porting"]],
    [{ abroad: "yes", keepNumber: "no" }, ["email", "letter"]],
    [{ abroad: "yes", keepNumber: "yes" }, ["porting"]],
    [{ abroad: "yes", keepNumber: "no", representative: "yes" }, ["shop", "email", "letter"]],
  ];
  for (const [patch, channels] of rows) assert.deepEqual([...channelsFor(caseFacts(patch))], channels, JSON.stringify(patch));
  // A shop chosen before leaving no longer counts once abroad without a representative.
  assert.equal(channelOf(caseFacts({ channel: "shop", abroad: "yes" })), null);
  assert.equal(channelOf(caseFacts({ channel: "shop", abroad: "yes", representative: "yes" })), "shop");
});

test("abroad: the checklist's items per channel and representative", () => {
  const letter = caseFacts({ planType: "postpaid", channel: "letter" });
  assert.ok(keys(letter).includes("submit:letter-registered"));
  const away = keys({ ...letter, abroad: "yes" });
  assert.deepEqual(
    away.filter((k) => k.startsWith("submit:")),
    [
      "submit:id-document-given",
      "submit:holder-name-given",
      "submit:foreign-address-given",
      "submit:refund-iban-abroad",
      "submit:letter-contract-no",
      "submit:letter-signed",
      "submit:letter-international",
      "submit:submission-recorded",
    ],
    "an international registered letter instead of a domestic one",
  );
  assert.ok(!away.includes("contact:poa-notary-abroad"), "no representative, no notary abroad");
  const represented = keys({ ...letter, abroad: "yes", representative: "yes" });
  assert.deepEqual(
    represented.filter((k) => k.startsWith("contact:")),
    ["contact:channel-chosen", "contact:bills-asked", "contact:poa-certified", "contact:poa-notary-abroad"],
  );
  const email = keys(caseFacts({ channel: "email", abroad: "yes" }));
  assert.ok(email.includes("submit:foreign-address-given") && !email.some((k) => k.includes("letter-international")));
  // Porting writes no letter: no address for it either.
  assert.ok(!keys(caseFacts({ keepNumber: "yes", abroad: "yes" })).some((k) => k.includes("foreign-address") || k.includes("refund-iban-abroad")));
  assert.ok(!keys(caseFacts({ channel: "letter", abroad: "no" })).some((k) => k.includes("abroad") || k.includes("international")));
});

test("abroad: the address abroad is done by the answer, not by a tick", () => {
  const f = caseFacts({ channel: "letter", abroad: "yes" });
  assert.ok(!evaluate(f, new Set(["foreign-address-given"]), TODAY).doneKeys.has("foreign-address-given"));
  assert.ok(!evaluate({ ...f, foreignAddress: "  " }, new Set(), TODAY).doneKeys.has("foreign-address-given"));
  assert.ok(evaluate({ ...f, foreignAddress: ADDRESS }, new Set(), TODAY).doneKeys.has("foreign-address-given"));
});

test("registration: one answer, read as the porting pre-check's and as the person's own", () => {
  const rows = [
    [null, null, false],
    ["rs-id", "yes", true],
    ["passport", "yes", true],
    ["ebs", "yes", true],
    ["none", "no", false],
    ["unknown", "unknown", false],
  ] as const;
  for (const [r, port, mine] of rows) {
    assert.equal(portRegisteredOf(r), port, String(r));
    assert.equal(registeredToPerson(r), mine, String(r));
  }
  assert.deepEqual([...PREPAID_REGISTRATION], ["rs-id", "passport", "ebs", "none", "unknown"]);
});

test("registration: asked for prepaid cards; porting's item done by it; hand-in advice for someone leaving", () => {
  const prepaid = caseFacts({ planType: "prepaid" });
  assert.ok(keys(prepaid).includes("eligibility:registration-answered"));
  assert.ok(!keys(caseFacts()).includes("eligibility:registration-answered"), "postpaid: no registration");
  assert.ok(evaluate({ ...prepaid, prepaidRegistration: "unknown" }, new Set(), TODAY).doneKeys.has("registration-answered"));

  const porting = { ...prepaid, keepNumber: "yes" as const };
  for (const [r, done] of [
    ["passport", true],
    ["none", false],
    ["unknown", false],
  ] as const)
    assert.equal(evaluate({ ...porting, prepaidRegistration: r }, new Set(["porting-registered"]), TODAY).doneKeys.has("porting-registered"), done, r);

  const released = (f: Partial<CaseAnswers>) => keys({ ...prepaid, ...f }).includes("confirm:registration-released");
  const rows: [Partial<CaseAnswers>, boolean][] = [
    [{ prepaidRegistration: "passport", abroad: "yes" }, true],
    [{ prepaidRegistration: "ebs", reason: "moving-abroad" }, true],
    [{ prepaidRegistration: "rs-id", abroad: "yes", keepNumber: "no" }, true],
    [{ prepaidRegistration: "passport" }, false],
    [{ prepaidRegistration: "passport", abroad: "yes", keepNumber: "yes" }, false],
    [{ prepaidRegistration: "none", abroad: "yes" }, false],
    [{ prepaidRegistration: "unknown", abroad: "yes" }, false],
    [{ prepaidRegistration: null, abroad: "yes" }, false],
  ];
  for (const [patch, expected] of rows) assert.equal(released(patch), expected, JSON.stringify(patch));
  assert.ok(!keys(caseFacts({ prepaidRegistration: "passport", abroad: "yes" })).includes("confirm:registration-released"), "postpaid");
});

test("the facts: the registration rule is sourced and dated; what no source says is not verified", () => {
  assert.equal(PREPAID_REGISTRATION_RULE.status, "secondary");
  if (PREPAID_REGISTRATION_RULE.status === "secondary") {
    assert.match(PREPAID_REGISTRATION_RULE.source.url, /^https:\/\/prijepoljeinfo\.rs\//);
    assert.equal(PREPAID_REGISTRATION_RULE.source.checked, "2026-12-01");
  }
  for (const f of [REGISTRATION_STAYS, FREE_NUMBERS_ABROAD, POA_ABROAD]) assert.equal(f.status, "unverified");
});

test("the letter and the power of attorney carry the address abroad, only when abroad", async () => {
  const zh = translator("zh-Hans");
  const answers = caseFacts({ operator: "mts", channel: "letter", idDocument: "passport", holderName: "Li Wei", abroad: "yes", foreignAddress: ADDRESS });
  const letter = (a: CaseAnswers) =>
    letterText(
      { answers: a, phoneE164: "+381641234567", holderName: "Li Wei", letterPlace: "Berlin", reason: "moving-abroad", date: TODAY },
      zh,
      "zh-Hans",
      "2026年11月25日",
    );
  const flat = async (a: CaseAnswers) => pdfText(await renderLetterPdf(letter(a), zh("pdf.letterNote")), { layout: false }).replace(/\s+/g, "");
  const away = await flat(answers);
  for (const s of [
    `Adresa u inostranstvu: ${ADDRESS}`,
    `Kako više ne boravim u Srbiji, konačni račun, potvrdu i svu dalju prepisku molim da mi dostavite na adresu u inostranstvu: ${ADDRESS}.`,
    `${zh("abroad.letterAddress")}: ${ADDRESS}`,
    zh("abroad.letterSendTo", { address: ADDRESS }),
  ])
    assert.ok(away.includes(s.replace(/\s+/g, "")), `missing: ${s}`);
  const prepaid = letter({ ...answers, planType: "prepaid" }).sr.body.join("\n");
  assert.ok(prepaid.includes("potvrdu i svu dalju prepisku") && !prepaid.includes("konačni račun,"), "a prepaid card has no final bill");
  // Back in Serbia (or never left): the address stays stored but is not printed.
  const home = letter({ ...answers, abroad: "no" });
  assert.ok(!JSON.stringify(home).includes("Unter den Linden"));

  const poa = powerOfAttorney({ answers, phoneE164: "+381641234567" }, zh, "zh-Hans");
  const poaText = pdfText(await renderPoaPdf(poa, zh("poa.note")), { layout: false }).replace(/\s+/g, "");
  assert.ok(poaText.includes(`Ja, Li Wei, broj lične karte ili pasoša: ______________________, adresa: ${ADDRESS},`.replace(/\s+/g, "")));
  assert.ok(poaText.includes(zh("poa.principal", { name: "Li Wei", blank: "______________________", address: ADDRESS }).replace(/\s+/g, "")));
  const home2 = powerOfAttorney({ answers: { ...answers, abroad: null }, phoneE164: "+381641234567" }, zh, "zh-Hans");
  assert.ok(home2.sr.paragraphs[0]?.endsWith("adresa: ______________________,"));
});

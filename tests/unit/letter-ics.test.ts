import { test } from "node:test";
import assert from "node:assert/strict";
import { letterText } from "@/app/lib/documents/letter";
import { allDayEventIcs } from "@/app/lib/ics";
import { followUpMessage } from "@/app/lib/documents/follow-up";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import { translator } from "@/app/lib/i18n/translator";
import { caseFacts } from "@/tests/support/facts";

const en = translator("en");
const zh = translator("zh-Hans");

const base: CaseAnswers = caseFacts({ unpaidBills: "no", accountProblems: "no", channel: "letter", idDocument: "passport", holderName: "Li Wei" });

test("the letter is filled from the case, in Serbian with its translation", () => {
  const { sr, translation } = letterText(
    { answers: base, phoneE164: "+381641234567", holderName: "Li Wei", letterPlace: "Novi Sad", reason: "moving-abroad", date: "2026-11-25" },
    en,
    "en",
    "25 November 2026",
  );
  assert.equal(sr.title, "Zahtev za raskid ugovora");
  assert.deepEqual(sr.sender, ["Li Wei", "Broj telefona: +381 64 1234567"]);
  assert.deepEqual(sr.recipient, ["A1 Srbija d.o.o.", "Milutina Milankovića 1ž", "11070 Novi Beograd"]);
  assert.equal(sr.placeAndDate, "Novi Sad, 25.11.2026.");
  assert.ok(sr.body.some((p) => p.includes("raskid pretplatničkog ugovora za broj +381 64 1234567")));
  assert.ok(sr.body.includes("Razlog: odlazim iz Srbije."));
  assert.ok(sr.fillIn.some((l) => l.startsWith("Broj ugovora")));
  assert.ok(sr.fillIn.some((l) => l.includes("pasoš")));
  assert.ok(translation?.body.includes("Reason: I am leaving Serbia."));
  assert.equal(translation?.title, "Request to terminate the contract");
  assert.equal(translation?.placeAndDate, "Novi Sad, 25 November 2026");
  const chinese = letterText(
    { answers: base, phoneE164: "+381641234567", holderName: "Li Wei", letterPlace: "Novi Sad", reason: "moving-abroad", date: "2026-11-25" },
    zh,
    "zh-Hans",
    "2026年11月25日",
  );
  assert.deepEqual(chinese.sr, sr, "the Serbian request is the same in every language");
  assert.match(chinese.translation!.body.join(" "), /[\u4e00-\u9fff]/, "the translation is Chinese");
});

test("a prepaid letter asks to disconnect the number; missing details leave lines to fill by hand", () => {
  const { sr } = letterText(
    {
      answers: { ...base, operator: "other", planType: "prepaid", idDocument: null },
      phoneE164: "+381601234567",
      holderName: null,
      letterPlace: null,
      reason: null,
      date: "2026-12-01",
    },
    en,
    "en",
    "1 December 2026",
  );
  assert.ok(sr.body.some((p) => p.includes("trajno isključenje pripejd broja +381 60 1234567")));
  assert.match(sr.sender[0]!, /^Ime i prezime: _+$/);
  assert.match(sr.recipient[0]!, /^Operator: _+$/);
  assert.match(sr.placeAndDate, /^_+, 01\.12\.2026\.$/);
  assert.ok(!sr.fillIn.some((l) => l.startsWith("Broj ugovora")), "no contract number for prepaid");
  assert.ok(sr.body.includes("Razlog: lični razlozi."));
});

test("the letter invokes the rights that apply on its date: Art. 131 inside a price-change window, Art. 129 after the term", () => {
  const letter = (answers: Partial<CaseAnswers>, date: string) =>
    letterText(
      { answers: { ...base, ...answers }, phoneE164: "+381641234567", holderName: "Li Wei", letterPlace: "Novi Sad", reason: "cost", date },
      en,
      "en",
      date,
    );
  // In its term, a notice on 1 November, the letter dated 20 November: Art. 131, no Art. 129.
  const inWindow = letter({ contractEndDate: "2027-06-30", priceNoticeOn: "2026-11-01" }, "2026-11-20");
  assert.ok(
    inWindow.sr.body.includes(
      "Dana 01.11.2026. dostavljeno mi je obaveštenje o izmeni cene, odnosno uslova ugovora. U skladu sa članom 131. Zakona o elektronskim komunikacijama, ugovor raskidam u roku od 30 dana od dana prijema tog obaveštenja, bez plaćanja troškova raskida.",
    ),
  );
  assert.ok(inWindow.sr.body.includes("Molim da ugovor prestane da važi najkasnije 20.12.2026."));
  assert.ok(!inWindow.sr.body.join(" ").includes("članom 129"), "the term still runs");
  assert.ok(inWindow.translation?.body.some((p) => p.includes("Article 131") && p.includes("1 November 2026")));
  // The last day of the window still counts; the day after does not.
  assert.ok(letter({ priceNoticeOn: "2026-11-01" }, "2026-12-01").sr.body.some((p) => p.includes("članom 131")));
  assert.ok(!letter({ priceNoticeOn: "2026-11-01" }, "2026-12-02").sr.body.some((p) => p.includes("članom 131")));
  // After the term: at most a month's notice (Art. 129); 31 January + 1 month is 28 February.
  const afterTerm = letter({ contractEndDate: "2026-01-15" }, "2026-01-31");
  assert.ok(
    afterTerm.sr.body.includes(
      "U skladu sa članom 129. Zakona o elektronskim komunikacijama (otkazni rok od najviše mesec dana), molim da ugovor prestane da važi najkasnije 28.02.2026.",
    ),
  );
  // A prepaid card has neither.
  const prepaid = letter({ planType: "prepaid", priceNoticeOn: "2026-11-01" }, "2026-11-20");
  assert.ok(!prepaid.sr.body.some((p) => p.includes("članom") || p.includes("najkasnije")));
});

test("the reminder is a valid all-day iCalendar event, escaped and folded", () => {
  const ics = allDayEventIcs(
    {
      uid: "odjava-1@odjava",
      date: "2026-12-08",
      summary: "Odjava: has A1 Srbija answered; about +381 64 1234567?",
      description: "Line one\nline two, with a comma and a long tail ".repeat(3),
      alarmDaysBefore: 0,
    },
    new Date("2026-11-25T10:00:00Z"),
  );
  const lines = ics.split("\r\n");
  assert.equal(lines[0], "BEGIN:VCALENDAR");
  assert.ok(lines.includes("DTSTART;VALUE=DATE:20261208"));
  assert.ok(lines.includes("DTEND;VALUE=DATE:20261209"));
  assert.ok(lines.includes("DTSTAMP:20261125T100000Z"));
  assert.ok(lines.includes("SUMMARY:Odjava: has A1 Srbija answered\\; about +381 64 1234567?"));
  assert.ok(
    lines.every((l) => Buffer.byteLength(l) <= 75),
    "folded at 75 octets",
  );
  const unfolded = ics.replace(/\r\n /g, "");
  assert.ok(unfolded.includes("DESCRIPTION:Line one\\nline two\\, with a comma"));
  assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
});

test("the follow-up message names the date, number and reference", () => {
  const m = followUpMessage({ answers: { ...base, submittedOn: "2026-11-02" }, phoneE164: "+381641234567", operatorReference: "R-77" }, en, "en");
  assert.ok(m.sr.includes("Dana 02.11.2026. sam podneo/la zahtev za raskid ugovora za broj +381 64 1234567 (broj predmeta: R-77)."));
  assert.ok(m.sr.includes("RATEL"));
  assert.ok(m.translation!.includes("On 2 November 2026 I submitted a request to terminate the contract for number +381 64 1234567 (reference: R-77)."));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { OPERATORS } from "@/app/lib/playbook/operators";
import * as legal from "@/app/lib/playbook/legal";
import * as porting from "@/app/lib/playbook/porting";
import * as bills from "@/app/lib/playbook/bills";
import * as poa from "@/app/lib/documents/power-of-attorney";
import { AFTERLIFE, UNLINK_FACTS } from "@/app/lib/playbook/afterlife";
import * as registration from "@/app/lib/playbook/registration";
import * as abroad from "@/app/lib/playbook/abroad";
import { text } from "@/app/lib/labels";
import { translator } from "@/app/lib/i18n/translator";
import { LOCALES } from "@/app/lib/i18n/locales";
import { AUDITED, CHECKED, msg, secondary, verified, type Fact, type Msg } from "@/app/lib/playbook/facts";

function isFact(v: unknown): v is Fact<unknown> {
  return !!v && typeof v === "object" && "status" in v && ["verified", "secondary", "unverified"].includes((v as { status: string }).status);
}

function allFacts(): [string, Fact<unknown>][] {
  const out: [string, Fact<unknown>][] = [];
  for (const o of OPERATORS) for (const [k, v] of Object.entries(o)) if (isFact(v)) out.push([`${o.id}.${k}`, v]);
  for (const [module, exports] of Object.entries({ legal, porting, bills, poa, registration, abroad }))
    for (const [k, v] of Object.entries(exports)) if (isFact(v)) out.push([`${module}.${k}`, v]);
  for (const s of AFTERLIFE) s.facts.forEach((f, i) => out.push([`afterlife.${s.id}.${i}`, f]));
  UNLINK_FACTS.forEach((f, i) => out.push([`afterlife.unlink.${i}`, f]));
  return out;
}

test("every fact shown has a source URL and the date it was checked, or says why it is not verified", () => {
  const facts = allFacts();
  assert.ok(facts.length >= 60, `only ${facts.length} facts found`);
  for (const [name, f] of facts) {
    if (f.status === "unverified") {
      assert.equal(f.value, null, name);
      assert.match(f.note.msg, /^(facts|legal|afterlife\.fact|registration|abroad)\./, `${name}: unverified facts explain themselves`);
    } else {
      assert.match(f.source.url, /^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/i, `${name}: source URL`);
      assert.match(f.source.checked, /^20\d\d-\d\d-\d\d$/, `${name}: checked date`);
      assert.ok(f.value !== null && f.value !== "", `${name}: value`);
      if (f.status === "verified") assert.notEqual(f.source.kind, "secondary", `${name}: verified facts come from the operator or regulator`);
    }
  }
});

test("a fact carries its own checked date, further pages and a caveat when given; the first reading's date otherwise", () => {
  const plain = verified("x", "https://a1.rs");
  assert.deepEqual(plain.status === "verified" && plain.source, { url: "https://a1.rs", checked: CHECKED, kind: "operator" });
  const audited = secondary("x", "https://blic.rs/a", { checked: AUDITED, also: ["https://pcpress.rs/b"], note: msg("facts.free") });
  assert.deepEqual(audited.status === "secondary" && audited.source, {
    url: "https://blic.rs/a",
    also: ["https://pcpress.rs/b"],
    checked: "2026-12-01",
    kind: "secondary",
    note: { msg: "facts.free", values: undefined },
  });
  const regulator = verified("x", "https://ratel.rs", "regulator", { checked: AUDITED, also: [] });
  assert.deepEqual(
    regulator.status === "verified" && regulator.source,
    { url: "https://ratel.rs", checked: "2026-12-01", kind: "regulator" },
    "no empty list of pages",
  );
});

test("phone numbers are real-looking Serbian numbers, never placeholders", () => {
  for (const o of OPERATORS) {
    for (const p of [o.customerService, o.fromAbroad]) {
      if (p.status === "unverified") continue;
      assert.match(p.value.dial, /^(\+381|0)\d{6,10}$/, `${o.id}: ${p.value.dial}`);
      assert.equal(p.value.display.replace(/\D/g, "").slice(-6), p.value.dial.slice(-6), `${o.id}: display matches dial`);
    }
  }
});

test("no text shipped to people contains a placeholder number or advertising", () => {
  const bad = /(\bx{3}\b|x{3} ?x{4}|\+381 ?6\d ?x|t\.me\/|esim1088|lorem ipsum)/i;
  const roots = ["app", "public"];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (name === "generated") continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(tsx?|css|txt|json|svg)$/.test(name)) files.push(p);
    }
  };
  roots.forEach(walk);
  assert.ok(files.length > 20);
  for (const file of files) {
    const content = readFileSync(file, "utf8");
    assert.doesNotMatch(content, bad, file);
    // Only one app's hard-coded list gives it; Yettel's and Telenor's own pages give 063 9000.
    assert.doesNotMatch(content, /063[ /-]?9863/, `${file}: an unsupported Yettel number`);
  }
});

test("the operators people know are named right", () => {
  const names = OPERATORS.map((o) => `${o.name} ${o.formerly ?? ""}`).join(" | ");
  assert.match(names, /Yettel Telenor/);
  assert.match(names, /A1 Srbija Vip mobile/);
  assert.match(names, /mts \(Telekom Srbija\)/);
  assert.doesNotMatch(names, /m:tel|MTEL/i);
});

test("early termination: the Ministry's decision of 2018, not 2019, with the page that dates it, in every language", () => {
  for (const o of OPERATORS) {
    const f = o.earlyTermination;
    assert.notEqual(f.status, "unverified", o.id);
    if (f.status === "unverified") continue;
    assert.ok(
      f.source.also?.some((u) => u.startsWith("https://pcpress.rs/")),
      `${o.id}: the page dated July 2018`,
    );
    assert.equal(f.source.checked, AUDITED, o.id);
    for (const locale of LOCALES) {
      const shown = text(translator(locale), f.value, locale);
      assert.doesNotMatch(shown, /2019/, `${locale}: ${shown}`);
      assert.match(shown, /2018/, `${locale}: ${shown}`);
    }
  }
});

test("the four operators' self-care apps are named from their own pages, as is every fact verified on an operator's page", () => {
  for (const o of OPERATORS.filter((o) => o.id !== "other")) {
    assert.equal(o.selfCare.status, "verified", `${o.id}: self-care`);
    const site = o.website.status === "verified" ? new URL(o.website.value).host.replace(/^www\./, "") : null;
    assert.ok(site, o.id);
    for (const [key, f] of Object.entries(o)) {
      if (!isFact(f) || f.status !== "verified" || f.source.kind !== "operator") continue;
      for (const url of [f.source.url, ...(f.source.also ?? [])]) assert.equal(new URL(url).host.replace(/^www\./, ""), site, `${o.id}.${key}: ${url}`);
    }
  }
});

test("Yettel: 063 9000, the best-supported number, shown as secondary with what its pages say", () => {
  const yettel = OPERATORS.find((o) => o.id === "yettel")!;
  const f = yettel.customerService;
  assert.equal(f.status, "secondary");
  if (f.status !== "secondary") return;
  assert.deepEqual(f.value, { display: "063 9000", dial: "0639000" });
  assert.deepEqual(
    [f.source.url, ...(f.source.also ?? [])],
    ["http://www.telenor.rs/en/Consumer/Services/Interactive-Voice-Response/", "https://www.yettel.rs/sr/biznis/ponuda/roming/opste-informacije"],
  );
  assert.equal(f.source.checked, AUDITED);
  for (const locale of LOCALES) assert.match(text(translator(locale), f.source.note!, locale), /063 9000/, locale);
  assert.equal(yettel.fromAbroad.status, "unverified", "+381 63 9000 is not stated anywhere");
});

test("mts's prepaid rule rests on both its pages: the credit's 90 days (a3810) and the SIM's 12 months (a3480)", () => {
  const mts = OPERATORS.find((o) => o.id === "mts")!;
  const f = mts.prepaidLapse;
  assert.equal(f.status, "verified");
  if (f.status !== "verified") return;
  const pages = [f.source.url, ...(f.source.also ?? [])];
  assert.ok(
    pages.some((u) => u.includes("/a3810-")),
    "credit",
  );
  assert.ok(
    pages.some((u) => u.includes("/a3480-")),
    "SIM validity, which the lapse date counts",
  );
  assert.deepEqual(mts.prepaidLapseAfter, { months: 12 });
  assert.equal(f.source.checked, AUDITED);
});

test("RATEL's deadlines cite the old law and name the out-of-court rulebook 58/24 applied from 1 January 2025, with RATEL's post on it", () => {
  const f = legal.RATEL_DEADLINES;
  assert.equal(f.status, "secondary", "the figures are the old law's");
  if (f.status !== "secondary") return;
  assert.ok(f.source.also?.some((u) => u.startsWith("https://ratel.rs/sr/blog/donet-novi-pravilnik-o-postupku-vansudskog")));
  for (const locale of LOCALES) assert.match(text(translator(locale), f.value, locale), /58\/24.*2025/, locale);
});

test("every fact the content audit read again carries its date; the press article it did not find again keeps the first reading's", () => {
  const firstReading = ["legal.KEEP_PROOF", "bills.BILL_AFTER_CLOSING"];
  for (const [name, f] of allFacts()) {
    if (f.status === "unverified") continue;
    assert.equal(f.source.checked, firstReading.includes(name) ? CHECKED : AUDITED, name);
  }
});

test("every message a fact shows (value, caveat, or why it is not verified) exists in every language", () => {
  for (const [name, f] of allFacts()) {
    const isMsg = (v: unknown): v is Msg => !!v && typeof v === "object" && "msg" in v;
    const shown = f.status === "unverified" ? [f.note] : [f.source.note, f.value].filter(isMsg);
    for (const m of shown)
      for (const locale of LOCALES) {
        const out = text(translator(locale), m, locale);
        assert.ok(out.length > 0 && !out.includes(m.msg), `${locale} ${name}: ${m.msg}`);
      }
  }
});

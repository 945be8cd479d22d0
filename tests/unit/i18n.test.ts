import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { MESSAGES, translator, loose, remembered, baseTranslator, type T } from "@/app/lib/i18n/translator";
import { LOCALES, localeFromAcceptLanguage } from "@/app/lib/i18n/locales";
import { OPERATORS } from "@/app/lib/playbook/operators";
import * as legal from "@/app/lib/playbook/legal";
import * as registration from "@/app/lib/playbook/registration";
import * as abroad from "@/app/lib/playbook/abroad";
import { CHANNELS, ID_DOCUMENTS, KEEP_NUMBER, STEP_IDS } from "@/app/lib/vocabulary";
import { checklistFor, type CaseAnswers } from "@/app/lib/playbook/checklist";
import { REASONS } from "@/app/lib/vocabulary";
import { caseFacts } from "@/tests/support/facts";

function leaves(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : leaves(v as object, `${prefix}${k}.`)));
}

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

function get(obj: object, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

test("every message key exists in every language, with the same placeholders", () => {
  const en = leaves(MESSAGES.en).sort();
  assert.ok(en.length > 300, `${en.length} keys`);
  for (const locale of LOCALES) {
    const keys = leaves(MESSAGES[locale]).sort();
    assert.deepEqual(
      keys.filter((k) => !en.includes(k)),
      [],
      `${locale} has keys English lacks`,
    );
    assert.deepEqual(
      en.filter((k) => !keys.includes(k)),
      [],
      `${locale} lacks keys`,
    );
    for (const key of en) {
      assert.deepEqual(placeholders(get(MESSAGES[locale], key) as string), placeholders(get(MESSAGES.en, key) as string), `${locale} ${key}`);
    }
  }
});

test("every message formats in every language, and the Chinese and Serbian texts are really translated", () => {
  const values = {
    date: "1 December 2026",
    notice: "2 November 2026",
    from: "3 November 2026",
    due: "4 November 2026",
    submitted: "5 November 2026",
    closed: "6 November 2026",
    checked: "25 November 2026",
    days: 3,
    minutes: 5,
    seconds: 8,
    months: 2,
    count: 6,
    index: 1,
    done: 1,
    total: 2,
    max: 10,
    operator: "A1",
    number: "+381",
    name: "x",
    title: "x",
    step: "x",
    channel: "shop",
    reason: "x",
    reference: "R",
    document: "x",
    what: "x",
    heading: "x",
    email: "a@b.c",
    url: "https://x",
    reasonText: "x",
    n: 1,
    blank: "___",
    kind: "photo",
    device: "Firefox · Linux",
    seen: "1 December 2026",
    started: "1 December 2026",
    size: "1 MB",
    hash: "ab12",
    iban: "DE89 3704 0044 0532 0130 00",
    perMonth: "RSD 1,200",
    amount: "RSD 2,500",
    address: "Unter den Linden 5, 10117 Berlin, Deutschland",
  };
  for (const locale of LOCALES) {
    const t = loose(translator(locale));
    for (const key of leaves(MESSAGES.en)) {
      const out = t(key, values);
      assert.ok(out.length > 0 && !out.startsWith(key), `${locale} ${key} -> ${out}`);
    }
  }
  const zh = leaves(MESSAGES["zh-Hans"]).map((k) => get(MESSAGES["zh-Hans"], k) as string);
  assert.ok(zh.filter((m) => /[\u4e00-\u9fff]/.test(m)).length / zh.length > 0.9, "most Chinese messages contain Chinese");
  const sr = leaves(MESSAGES["sr-Latn"]).filter((k) => get(MESSAGES["sr-Latn"], k) === get(MESSAGES.en, k) && (get(MESSAGES.en, k) as string).length > 12);
  assert.ok(sr.length < 5, `Serbian messages left in English: ${sr.join(", ")}`);
});

test("keys built at run time (checklist, steps, facts, reasons, events) all exist", () => {
  const base: CaseAnswers = caseFacts({ unpaidBills: "yes", accountProblems: "yes" });
  const keys = new Set<string>();
  for (const planType of ["prepaid", "postpaid"] as const)
    for (const channel of CHANNELS)
      for (const keepNumber of [null, ...KEEP_NUMBER])
        for (const i of checklistFor({ ...base, planType, channel, keepNumber }, "2026-11-25")) keys.add(`checklist.${i.key}`);
  // Someone abroad with a representative and a card registered to a passport (issue 16).
  for (const planType of ["prepaid", "postpaid"] as const)
    for (const channel of CHANNELS)
      for (const i of checklistFor({ ...base, planType, channel, abroad: "yes", representative: "yes", prepaidRegistration: "passport" }, "2026-11-25"))
        keys.add(`checklist.${i.key}`);
  for (const s of [...STEP_IDS, "escalate"]) keys.add(`steps.${s}`);
  for (const d of [...ID_DOCUMENTS, "none"]) keys.add(`documents.${d}`);
  for (const r of REASONS) keys.add(`reasons.${r}`);
  for (const c of CHANNELS) keys.add(`channels.${c}`);
  for (const e of ["case_created", "step_completed", "step_reopened", "submitted", "answer_received", "line_closed", "evidence_added", "evidence_removed"])
    keys.add(`events.${e}`);
  for (const l of ["clear", "ask", "act", "unanswered"]) keys.add(`eligibility.${l}`);
  const facts = [...OPERATORS.flatMap((o) => Object.values(o)), ...Object.values(legal), ...Object.values(registration), ...Object.values(abroad)];
  for (const f of facts) {
    if (!f || typeof f !== "object" || !("status" in f)) continue;
    const m = f.status === "unverified" ? f.note : typeof f.value === "object" && f.value && "msg" in f.value ? f.value : null;
    if (!m) continue;
    keys.add(m.msg);
    if (m.values?.what) keys.add(`facts.what.${m.values.what}`);
  }
  const source = readdirSync("app/lib", { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts") && !f.includes("generated"));
  for (const file of source) {
    const text = readFileSync(path.join("app/lib", file), "utf8");
    for (const m of text.matchAll(/["`](errors\.[a-zA-Z]{2,})/g)) keys.add(m[1]!);
  }
  assert.ok(keys.size > 90, `${keys.size} keys`);
  for (const locale of LOCALES) for (const key of keys) assert.equal(typeof get(MESSAGES[locale], key), "string", `${locale}: ${key}`);
});

test("the language comes from Accept-Language when nothing else says", () => {
  const table: [string | null, string | null][] = [
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-Hans"],
    ["zh-TW", "zh-Hans"],
    ["sr-RS,sr;q=0.9", "sr-Latn"],
    // Plain Serbian stays Latin (locales.ts says why); Cyrillic only when the tag says so.
    ["sr", "sr-Latn"],
    ["sr-Latn-RS", "sr-Latn"],
    ["sr-Cyrl", "sr-Cyrl"],
    ["sr-Cyrl-RS,sr;q=0.9,en;q=0.5", "sr-Cyrl"],
    ["SR-CYRL-ME", "sr-Cyrl"],
    ["bs-Cyrl-BA", "sr-Cyrl"],
    ["de-DE,sr-Cyrl;q=0.5,sr;q=0.8", "sr-Latn"],
    ["hr-HR", "sr-Latn"],
    ["de-DE,en;q=0.5", "en"],
    ["en;q=0.2,zh;q=0.8", "zh-Hans"],
    ["fr-FR", null],
    ["", null],
    [null, null],
  ];
  for (const [header, expected] of table) assert.equal(localeFromAcceptLanguage(header), expected, String(header));
});

test("no page or component shows English text written outside the messages", () => {
  const files = readdirSync("app", { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".tsx") && f !== path.join("(app)", "error.tsx"));
  assert.ok(files.length > 20);
  for (const file of files) {
    const text = readFileSync(path.join("app", file), "utf8");
    // JSX text of two or more English words between tags.
    const offenders = [...text.matchAll(/>\s*([A-Z][a-z]+(?: [a-z]+)+[.!?]?)\s*</g)].map((m) => m[1]);
    assert.deepEqual(offenders, [], file);
  }
  assert.ok(statSync("app/(app)/error.tsx").isFile());
});

test("a key without values is worked out once per language, and reads as use-intl reads it", () => {
  for (const locale of LOCALES) {
    const fresh = loose(baseTranslator(locale));
    const t = loose(translator(locale));
    const plain = leaves(MESSAGES[locale]).filter((k) => placeholders(get(MESSAGES[locale], k) as string).length === 0);
    assert.ok(plain.length > 200, `${locale}: ${plain.length} keys without values`);
    for (const key of plain) {
      assert.equal(t(key), fresh(key), `${locale} ${key}`);
      assert.equal(t(key), fresh(key), `${locale} ${key}, asked again`);
    }
  }
  // The same key in two languages stays two texts.
  assert.notEqual(translator("en")("common.signOut"), translator("zh-Hans")("common.signOut"));

  const calls: unknown[][] = [];
  const base = Object.assign((...args: unknown[]) => (calls.push(args), `text of ${String(args[0])}`), {
    rich: () => "",
    markup: () => "",
    raw: () => "",
    has: () => true,
  });
  const t = loose(remembered(base as unknown as T));
  assert.equal(t("a.b"), "text of a.b");
  assert.equal(t("a.b"), "text of a.b");
  assert.equal(t("a.c"), "text of a.c");
  assert.equal(calls.length, 2, "a key without values is asked of use-intl once");
  t("a.b", { n: 1 });
  t("a.b", { n: 2 });
  assert.equal(calls.length, 4, "a key with values is asked every time");
});

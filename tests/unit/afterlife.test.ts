import { test } from "node:test";
import assert from "node:assert/strict";
import {
  AFTERLIFE,
  AFTERLIFE_GROUPS,
  AFTERLIFE_KEYS,
  UNLINK_FACTS,
  UNLINK_KEY,
  afterlifeDue,
  type AfterlifeDue,
  type AfterlifeDueInput,
} from "@/app/lib/playbook/afterlife";
import { checklistFor, evaluate } from "@/app/lib/playbook/checklist";
import { operatorById } from "@/app/lib/playbook/operators";
import { MESSAGES, translator } from "@/app/lib/i18n/translator";
import { LOCALES } from "@/app/lib/i18n/locales";
import { text } from "@/app/lib/labels";
import { caseFacts as facts } from "@/tests/support/facts";

const TODAY = "2026-12-01";
const get = (o: unknown, key: string) =>
  key.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), o);

// mts counts a prepaid number's lapse from the last top-up (operators.ts); "other" has no rule.
const mts = operatorById("mts");
const other = operatorById("other");
const none: AfterlifeDueInput = { planType: "postpaid", closedOn: null, submittedOn: null, lastTopUp: null };

test("the day everything must be moved by: closing, else the prepaid lapse, else the follow-up, else before the request", () => {
  const lapseOn = (lastTopUp: string) => {
    const due = afterlifeDue({ ...none, planType: "prepaid", lastTopUp }, mts, TODAY);
    assert.equal(due.kind, "lapse");
    return due.kind === "lapse" ? due.before : "";
  };
  const mtsLapse = lapseOn("2026-11-20");
  const rows: [string, AfterlifeDueInput, typeof mts, string, AfterlifeDue][] = [
    ["nothing known yet", none, mts, TODAY, { kind: "beforeRequest" }],
    ["a prepaid card without a top-up date", { ...none, planType: "prepaid" }, mts, TODAY, { kind: "beforeRequest" }],
    ["the line closed: that day, passed", { ...none, closedOn: "2026-11-28" }, mts, TODAY, { kind: "closed", before: "2026-11-28", passed: true }],
    [
      "closing beats the lapse and the follow-up",
      { planType: "prepaid", closedOn: "2026-12-10", submittedOn: "2026-11-02", lastTopUp: "2026-11-20" },
      mts,
      TODAY,
      { kind: "closed", before: "2026-12-10", passed: false },
    ],
    ["a prepaid lapse", { ...none, planType: "prepaid", lastTopUp: "2026-11-20" }, mts, TODAY, { kind: "lapse", before: mtsLapse, passed: false }],
    [
      "the lapse beats the follow-up",
      { ...none, planType: "prepaid", lastTopUp: "2026-11-20", submittedOn: "2026-11-30" },
      mts,
      TODAY,
      { kind: "lapse", before: mtsLapse, passed: false },
    ],
    // Submitted on Monday 30 November: the follow-up is FOLLOW_UP_BUSINESS_DAYS (8) business days later.
    [
      "postpaid: a top-up date means nothing, the follow-up counts",
      { ...none, lastTopUp: "2026-11-20", submittedOn: "2026-11-30" },
      mts,
      TODAY,
      {
        kind: "followUp",
        before: "2026-12-10",
        passed: false,
      },
    ],
    [
      "an operator without a lapse rule: the follow-up",
      { ...none, planType: "prepaid", lastTopUp: "2026-11-20", submittedOn: "2026-11-30" },
      other,
      TODAY,
      {
        kind: "followUp",
        before: "2026-12-10",
        passed: false,
      },
    ],
    [
      "the follow-up day itself has passed (the day is the limit)",
      { ...none, submittedOn: "2026-11-30" },
      mts,
      "2026-12-10",
      { kind: "followUp", before: "2026-12-10", passed: true },
    ],
  ];
  for (const [name, input, operator, today, expected] of rows) assert.deepEqual(afterlifeDue(input, operator, today), expected, name);
  assert.ok(mtsLapse > "2026-11-20", "mts's lapse lies after the top-up");
});

test("given up or unanswered, every service is a prepare item and the unlink item comes just before the SIM is destroyed", () => {
  for (const keepNumber of [null, "no"] as const) {
    for (const planType of ["prepaid", "postpaid"] as const) {
      const items = checklistFor(facts({ planType, keepNumber, channel: "letter" }), TODAY);
      const prepare = items.filter((i) => i.step === "prepare").map((i) => i.key);
      assert.deepEqual(prepare.slice(0, AFTERLIFE_KEYS.length), [...AFTERLIFE_KEYS], `${keepNumber} ${planType}: the inventory opens the step`);
      const confirm = items.filter((i) => i.step === "confirm").map((i) => i.key);
      assert.equal(confirm.indexOf(UNLINK_KEY) + 1, confirm.indexOf("sim-destroyed"), `${keepNumber} ${planType}: ${confirm.join(", ")}`);
      assert.ok(
        items.every((i) => !AFTERLIFE_KEYS.includes(i.key) || !i.byFact),
        "ticked by hand",
      );
    }
  }
});

test("a kept (ported) number keeps its accounts: no inventory and no unlink item", () => {
  for (const planType of ["prepaid", "postpaid"] as const) {
    const keys = checklistFor(facts({ planType, keepNumber: "yes" }), TODAY).map((i) => i.key);
    for (const key of [...AFTERLIFE_KEYS, UNLINK_KEY]) assert.ok(!keys.includes(key), `${planType}: ${key}`);
    assert.ok(keys.includes("sim-destroyed"));
  }
  // Ticks stay stored: changing the answer back to "no" brings them back as done.
  const ticked = new Set(["number-wechat", UNLINK_KEY]);
  assert.ok(!evaluate(facts({ keepNumber: "yes" }), ticked, TODAY).doneKeys.has("number-wechat"));
  assert.ok(evaluate(facts({ keepNumber: "no" }), ticked, TODAY).doneKeys.has("number-wechat"));
});

test("every service has a source or says it is not verified; the bank item keeps its key and its sourced examples", () => {
  assert.deepEqual([...new Set(AFTERLIFE.map((s) => s.key))], [...AFTERLIFE_KEYS], "keys are unique");
  assert.deepEqual(AFTERLIFE_GROUPS, [...new Set(AFTERLIFE.map((s) => s.group))], "every group has a service, in order");
  for (const s of AFTERLIFE) {
    if (s.id === "other") {
      assert.equal(s.facts.length, 0, "Odjava's own advice claims nothing");
      continue;
    }
    assert.ok(s.facts.length > 0, `${s.id}: a source or an unverified note`);
  }
  const all = [...AFTERLIFE.flatMap((s) => s.facts.map((f) => [s.id, f] as const)), ...UNLINK_FACTS.map((f) => ["unlink", f] as const)];
  for (const [id, f] of all) {
    if (f.status === "unverified") {
      assert.match(f.note.msg, /^afterlife\.fact\./, id);
      continue;
    }
    assert.match(f.source.url, /^https:\/\//, id);
    assert.equal(f.source.checked, "2026-12-01", `${id}: read from stored copies today`);
    assert.notEqual(f.source.kind, "secondary", `${id}: the service's own page`);
  }
  const banks = AFTERLIFE.find((s) => s.id === "banks")!;
  assert.equal(banks.key, "twofa-bank");
  assert.deepEqual(
    banks.facts.map((f) => (f.status === "unverified" ? "unverified" : new URL(f.source.url).host)),
    ["otpbanka.rs", "mobibanka.rs", "unverified"],
    "no per-bank list: two sourced examples and the branch visit marked not verified",
  );
  for (const id of ["viber", "telegram", "wechat", "alipay"]) {
    assert.deepEqual(
      AFTERLIFE.find((s) => s.id === id)!.facts.map((f) => f.status),
      ["unverified"],
      `${id}: no help page was found, so none is cited`,
    );
  }
  assert.deepEqual(
    UNLINK_FACTS.map((f) => f.status),
    ["verified", "verified", "unverified"],
    "no Serbian quarantine period is claimed",
  );
});

test("every afterlife text exists in the three languages and renders", () => {
  const keys = [
    ...[...AFTERLIFE_KEYS, UNLINK_KEY].map((k) => `checklist.${k}`),
    ...AFTERLIFE_GROUPS.map((g) => `afterlife.group.${g}`),
    ...["closed", "lapse", "followUp", "beforeRequest"].map((k) => `afterlife.due.${k}`),
    ...["heading", "kept", "intro", "duePassed", "otherText", "confirm", "unlinkIntro"].map((k) => `afterlife.${k}`),
  ];
  for (const locale of LOCALES) {
    for (const key of keys) assert.equal(typeof get(MESSAGES[locale], key), "string", `${locale}: ${key}`);
    const t = translator(locale);
    for (const f of [...AFTERLIFE.flatMap((s) => s.facts), ...UNLINK_FACTS]) {
      const m = f.status === "unverified" ? f.note : f.value;
      const shown = text(t, m, locale);
      assert.ok(shown.length > 10 && !shown.startsWith("afterlife."), `${locale}: ${m.msg}`);
      if (f.status !== "unverified" && f.source.note)
        assert.equal(typeof get(MESSAGES[locale], f.source.note.msg), "string", `${locale}: ${f.source.note.msg}`);
    }
  }
});

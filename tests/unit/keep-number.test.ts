import { test } from "node:test";
import assert from "node:assert/strict";
import { CHANNELS } from "@/app/lib/vocabulary";
import { channelOf, channelsFor, checklistFor, evaluate, stepsFor, writesTermination } from "@/app/lib/playbook/checklist";
import { ANSWER_FIELDS } from "@/app/lib/cases/fields";
import { AFTERLIFE_KEYS } from "@/app/lib/playbook/afterlife";
import { caseFacts as facts } from "@/tests/support/facts";

// Keep the number or give it up (asked first): keeping it leads to porting and never to a
// termination letter; giving it up keeps the termination flow; unanswered keeps today's.

const TODAY = "2026-11-25";
const keysOf = (f: ReturnType<typeof facts>, step?: string) =>
  checklistFor(f, TODAY)
    .filter((i) => !step || i.step === step)
    .map((i) => i.key);
const yettel = { operator: "yettel", planType: "postpaid", idDocument: "rs-id" } as const;

test("a Yettel postpaid contract: the items and steps for keep yes, no and unanswered", () => {
  const kept = facts({ ...yettel, keepNumber: "yes" });
  assert.deepEqual(stepsFor(kept), ["eligibility", "prepare", "contact", "submit", "wait", "confirm"]);
  assert.deepEqual(keysOf(kept, "prepare"), ["contacts-saved", "porting-checked"]);
  assert.deepEqual(keysOf(kept, "contact"), ["channel-chosen", "porting-no-termination", "bills-asked"]);
  assert.deepEqual(keysOf(kept, "submit"), ["id-document-given", "porting-id", "porting-last-bill", "submission-recorded"]);

  const givenUp = facts({ ...yettel, keepNumber: "no", channel: "shop" });
  assert.deepEqual(keysOf(givenUp, "prepare"), [...AFTERLIFE_KEYS, "contacts-saved"]);
  assert.deepEqual(keysOf(givenUp, "contact"), ["channel-chosen", "bills-asked"]);
  assert.deepEqual(keysOf(givenUp, "submit"), ["id-document-given", "holder-name-given", "shop-id", "shop-letter", "shop-stamp", "submission-recorded"]);

  // Unanswered: today's flow, with the prepare step's own "decide" item.
  const open = facts({ ...yettel, channel: "shop" });
  assert.deepEqual(keysOf(open, "prepare"), [...AFTERLIFE_KEYS, "contacts-saved", "keep-number-decided"]);
  assert.deepEqual(keysOf(open, "submit"), keysOf(givenUp, "submit"));
});

test("keeping the number makes the channel porting, whatever was chosen; giving it up rules porting out", () => {
  for (const channel of [null, ...CHANNELS]) {
    assert.equal(channelOf(facts({ channel, keepNumber: "yes" })), "porting");
    assert.equal(channelOf(facts({ channel, keepNumber: "no" })), channel === "porting" ? null : channel);
    assert.equal(channelOf(facts({ channel })), channel);
  }
  assert.deepEqual(channelsFor({ keepNumber: "yes" }), ["porting"]);
  assert.deepEqual(channelsFor({ keepNumber: "no" }), ["shop", "email", "letter"]);
  assert.deepEqual(channelsFor({ keepNumber: null }), CHANNELS);
  // The channel is chosen by the answer itself.
  const kept = evaluate(facts({ ...yettel, keepNumber: "yes" }), new Set(), TODAY);
  assert.ok(kept.doneKeys.has("channel-chosen"));
  // A prepaid card kept is ported and waits for an answer, even if "shop" was chosen before.
  assert.ok(stepsFor(facts({ planType: "prepaid", channel: "shop", keepNumber: "yes" })).includes("wait"));
  assert.ok(!stepsFor(facts({ planType: "prepaid", channel: "shop", keepNumber: "no" })).includes("wait"));
});

test("the termination letter and shop sheet exist only for a number given up (or not yet decided)", () => {
  for (const channel of [null, ...CHANNELS]) {
    assert.equal(writesTermination(facts({ channel, keepNumber: "yes" })), false, `kept, ${channel}`);
    assert.equal(writesTermination(facts({ channel, keepNumber: "no" })), true, `given up, ${channel}`);
    assert.equal(writesTermination(facts({ channel })), channel !== "porting", `unanswered, ${channel}`);
  }
  for (const keepNumber of ["yes", "no", null] as const) {
    const keys = keysOf(facts({ ...yettel, channel: "letter", keepNumber }));
    assert.equal(keys.includes("holder-name-given"), keepNumber !== "yes", `letter item, ${keepNumber}`);
  }
});

test("changing the answer keeps the ticks of items in both flows", () => {
  const ticked = new Set(["twofa-bank", "contacts-saved", "bills-asked", "final-bill-paid", "sim-destroyed", "porting-checked"]);
  const givenUp = evaluate(facts({ ...yettel, keepNumber: "no", channel: "shop" }), ticked, TODAY);
  const kept = evaluate(facts({ ...yettel, keepNumber: "yes", channel: "shop" }), ticked, TODAY);
  for (const key of ["contacts-saved", "bills-asked", "final-bill-paid", "sim-destroyed"]) {
    assert.ok(givenUp.doneKeys.has(key) && kept.doneKeys.has(key), key);
  }
  assert.ok(givenUp.doneKeys.has("twofa-bank") && !kept.items.some((i) => i.key === "twofa-bank"));
  assert.ok(kept.doneKeys.has("porting-checked") && !givenUp.items.some((i) => i.key === "porting-checked"));
  // Back again: the give-up tick was never lost.
  assert.ok(evaluate(facts({ ...yettel, keepNumber: "no", channel: "shop" }), ticked, TODAY).doneKeys.has("twofa-bank"));
});

// authorization.spec.ts answers every form with each field's first choice and expects its
// owner's 200 from every route, the letter's included: the first choice must be "give up".
test("the first choice of keepNumber is the one that keeps the letter", () => {
  const first = ANSWER_FIELDS.keepNumber.values[0];
  assert.equal(first, "no");
  assert.equal(writesTermination(facts({ keepNumber: first, channel: "letter" })), true);
});

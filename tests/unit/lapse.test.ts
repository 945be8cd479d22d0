import { test } from "node:test";
import assert from "node:assert/strict";
import { prepaidLapse, REMIND_DAYS_BEFORE } from "@/app/lib/playbook/lapse";
import { operatorById } from "@/app/lib/playbook/operators";

test("an unused prepaid number lapses by its operator's sourced rule, with a reminder 30 days before", () => {
  // Yettel: 60 days of credit, then 330 more to top up: 390 days from the last top-up.
  assert.deepEqual(prepaidLapse(operatorById("yettel"), "2026-11-01"), { lapseOn: "2027-11-26", remindOn: "2027-10-27" });
  // mts: 12 months from the last top-up, the same day of the month (or the month's last).
  assert.deepEqual(prepaidLapse(operatorById("mts"), "2026-03-15"), { lapseOn: "2027-03-15", remindOn: "2027-02-13" });
  assert.equal(prepaidLapse(operatorById("mts"), "2028-02-29")?.lapseOn, "2029-02-28");
  assert.equal(prepaidLapse(operatorById("mts"), "2026-12-31")?.lapseOn, "2027-12-31");
  assert.equal(REMIND_DAYS_BEFORE, 30);
});

test("no date without a sourced rule or a top-up date; every rule has a verified source", () => {
  assert.equal(prepaidLapse(operatorById("a1"), "2026-11-01"), null, "A1's rule was not found");
  assert.equal(prepaidLapse(operatorById("yettel"), null), null);
  for (const id of ["yettel", "a1", "mts", "globaltel", "other"] as const) {
    const o = operatorById(id);
    if (o.prepaidLapseAfter) assert.equal(o.prepaidLapse.status, "verified", `${id}: a date is computed only from a verified rule`);
  }
});

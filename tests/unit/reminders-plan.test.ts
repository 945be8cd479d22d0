// Which reminders a case calls for, and when they are sent: pure functions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { remindersFor, type ReminderFacts } from "@/app/lib/playbook/reminders";
import { nineInBelgrade } from "@/app/lib/reminders/schedule";

const base: ReminderFacts = {
  operator: "a1",
  planType: "postpaid",
  contractEndDate: null,
  submittedOn: null,
  answerOn: null,
  closedOn: null,
  lastTopUp: null,
  billCheck1: null,
  billCheck2: null,
  priceNoticeOn: null,
  receivedOn: null,
  billDueOn: null,
};
const TODAY = "2026-12-01";

test("each date a case gives becomes a reminder while it still matters", () => {
  const rows: [string, Partial<ReminderFacts>, string[]][] = [
    ["nothing recorded", {}, []],
    // 8 Serbian business days after Monday 2 November (11 November is a public holiday):
    // 13 November; "passed" 2 business days later.
    // A postpaid contract ends a month after the request at the latest (notice-end), until closed.
    ["submitted", { submittedOn: "2026-11-02" }, ["follow-up 2026-11-13", "follow-up-passed 2026-11-17", "notice-end 2026-12-02"]],
    ["submitted and answered", { submittedOn: "2026-11-02", answerOn: "2026-11-05" }, ["notice-end 2026-12-02"]],
    ["submitted and closed", { submittedOn: "2026-11-02", closedOn: "2026-11-06" }, ["bill-check-1 2026-12-06", "bill-check-2 2027-01-06"]],
    ["closed, first bill check answered", { closedOn: "2026-11-06", billCheck1: "no" }, ["bill-check-2 2027-01-06"]],
    ["postpaid term", { contractEndDate: "2027-03-31" }, ["term-end 2027-03-31"]],
    [
      "postpaid term, already submitted",
      { contractEndDate: "2027-03-31", submittedOn: "2026-11-30" },
      ["follow-up 2026-12-10", "follow-up-passed 2026-12-14", "notice-end 2026-12-30"],
    ],
    // A price-change notice on 21 November: the window's last day is 21 December, reminded 7 days before.
    ["price-change notice", { priceNoticeOn: "2026-11-21" }, ["price-window-end 2026-12-14"]],
    [
      "price-change notice, then submitted",
      { priceNoticeOn: "2026-11-21", submittedOn: "2026-11-30" },
      ["follow-up 2026-12-10", "follow-up-passed 2026-12-14", "notice-end 2026-12-30"],
    ],
    ["price-change notice on a prepaid card", { planType: "prepaid", priceNoticeOn: "2026-11-21" }, []],
    // The contract ends a month after the request was received, once that day is known.
    ["submitted and received", { submittedOn: "2026-01-30", receivedOn: "2026-01-31", answerOn: "2026-02-02" }, ["notice-end 2026-02-28"]],
    // A bill came after closing, due 15 January: complain by 14 February, reminded on 7 February.
    [
      "a bill after closing with its due date",
      { closedOn: "2026-11-06", billCheck1: "yes", billDueOn: "2027-01-15" },
      ["bill-check-2 2027-01-06", "complaint-end 2027-02-07"],
    ],
    ["a due date but no bill reported", { closedOn: "2026-11-06", billCheck1: "no", billDueOn: "2027-01-15" }, ["bill-check-2 2027-01-06"]],
    // mts: an unused prepaid number lapses 12 months after the last top-up; reminded 30 days before.
    ["mts prepaid with a last top-up", { operator: "mts", planType: "prepaid", lastTopUp: "2026-03-15" }, ["lapse 2027-02-13"]],
    [
      "mts prepaid, closed",
      { operator: "mts", planType: "prepaid", lastTopUp: "2026-03-15", closedOn: "2026-11-20" },
      ["bill-check-1 2026-12-20", "bill-check-2 2027-01-20"],
    ],
    ["A1 prepaid: no known lapse rule", { planType: "prepaid", lastTopUp: "2026-03-15" }, []],
  ];
  for (const [name, facts, expected] of rows) {
    assert.deepEqual(
      remindersFor({ ...base, ...facts }, TODAY).map((r) => `${r.kind} ${r.day}`),
      expected,
      name,
    );
  }
});

test("a reminder goes at 09:00 Belgrade time, summer or winter", () => {
  assert.equal(nineInBelgrade("2026-12-01").toISOString(), "2026-12-01T08:00:00.000Z");
  assert.equal(nineInBelgrade("2026-07-01").toISOString(), "2026-07-01T07:00:00.000Z");
  // The clocks change at 02:00/03:00 on the last Sundays of March and October.
  assert.equal(nineInBelgrade("2026-03-29").toISOString(), "2026-03-29T07:00:00.000Z");
  assert.equal(nineInBelgrade("2026-10-25").toISOString(), "2026-10-25T08:00:00.000Z");
});

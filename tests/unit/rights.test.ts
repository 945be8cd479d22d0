// Rights with dates (app/lib/playbook/rights.ts): pure functions, table-tested.
import { test } from "node:test";
import assert from "node:assert/strict";
import { billComplaintWindow, BILL_COMPLAINT, contractEndsBy, priceChangeWindow, UNDISPUTED_PART, withinPriceWindow } from "@/app/lib/playbook/rights";
import { CHANGE_OF_TERMS_2023, CONTRACT_AFTER_TERM } from "@/app/lib/playbook/legal";

test("the price-change window ends 30 days after the notice arrived (the notice's own day does not count)", () => {
  const rows: [string, string, string, number, boolean][] = [
    // notice, today, last day, days left, open
    ["2026-11-01", "2026-11-10", "2026-12-01", 21, true],
    ["2026-01-31", "2026-02-01", "2026-03-02", 29, true], // across a short February
    ["2028-01-31", "2028-02-01", "2028-03-01", 29, true], // a leap year's February 29 counts
    ["2026-12-15", "2026-12-20", "2027-01-14", 25, true], // across the new year
    ["2026-11-01", "2026-12-01", "2026-12-01", 0, true], // today is the last day
    ["2026-11-01", "2026-12-02", "2026-12-01", -1, false], // a day too late
    ["2026-03-10", "2026-03-10", "2026-04-09", 30, true], // notice came today
  ];
  for (const [notice, today, lastDay, daysLeft, open] of rows) {
    assert.deepEqual(priceChangeWindow(notice, today), { from: notice, lastDay, daysLeft, open }, `${notice} on ${today}`);
  }
  assert.equal(priceChangeWindow(null, "2026-11-10"), null);
});

test("a letter dated inside the window invokes it; before the notice or after the last day it does not", () => {
  const rows: [string | null, string, boolean][] = [
    ["2026-11-01", "2026-11-01", true],
    ["2026-11-01", "2026-12-01", true], // the last day
    ["2026-11-01", "2026-12-02", false],
    ["2026-11-01", "2026-10-31", false], // a letter older than the notice
    [null, "2026-11-10", false],
  ];
  for (const [notice, on, expected] of rows) assert.equal(withinPriceWindow(notice, on), expected, `${notice} / ${on}`);
});

test("with a month's notice the contract ends by the same day next month, or that month's last day", () => {
  const rows: [string, string | null, string, string][] = [
    // submitted, received, counted from, ends by
    ["2026-11-25", null, "2026-11-25", "2026-12-25"],
    ["2026-01-31", null, "2026-01-31", "2026-02-28"], // the 31st into February
    ["2028-01-31", null, "2028-01-31", "2028-02-29"], // leap year
    ["2026-03-31", null, "2026-03-31", "2026-04-30"], // into a 30-day month
    ["2026-12-15", null, "2026-12-15", "2027-01-15"], // across the new year
    ["2026-11-25", "2026-11-28", "2026-11-28", "2026-12-28"], // from the day it was received
    ["2026-11-25", "2026-11-20", "2026-11-25", "2026-12-25"], // a receipt day before sending is not believed
  ];
  for (const [submitted, received, from, endsBy] of rows) assert.deepEqual(contractEndsBy(submitted, received), { from, endsBy }, `${submitted} / ${received}`);
});

test("a bill is complained about within 30 days of its due date", () => {
  const rows: [string, string, string, number, boolean][] = [
    ["2027-01-15", "2027-01-20", "2027-02-14", 25, true],
    ["2027-01-31", "2027-02-01", "2027-03-02", 29, true],
    ["2028-02-29", "2028-03-01", "2028-03-30", 29, true],
    ["2027-01-15", "2027-02-14", "2027-02-14", 0, true],
    ["2027-01-15", "2027-02-15", "2027-02-14", -1, false],
    ["2027-02-10", "2027-01-20", "2027-03-12", 51, true], // the bill came before its due date
  ];
  for (const [due, today, lastDay, daysLeft, open] of rows) assert.deepEqual(billComplaintWindow(due, today), { from: due, lastDay, daysLeft, open }, due);
  assert.equal(billComplaintWindow(null, "2027-01-20"), null);
});

test("every right cites its source; none is claimed as verified (the articles were read only in quotes)", () => {
  for (const fact of [CHANGE_OF_TERMS_2023, CONTRACT_AFTER_TERM, BILL_COMPLAINT, UNDISPUTED_PART]) {
    assert.equal(fact.status, "secondary");
    assert.match(fact.source.url, /^https:\/\//);
  }
});

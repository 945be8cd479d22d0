import { test } from "node:test";
import assert from "node:assert/strict";
import { addBusinessDays, daysBetween, isBusinessDay, todayInBelgrade } from "@/app/lib/calendar";

// Days off from the law (Zakon o državnim i drugim praznicima), Sunday rule of Art. 3a,
// checked against what the library returns.
test("Serbian public holidays, including Orthodox Easter and the Sunday rule", () => {
  const off = [
    "2026-01-01",
    "2026-01-02",
    "2026-01-07", // New Year, Orthodox Christmas
    "2026-02-16",
    "2026-02-17", // Statehood Day: 15 Feb was a Sunday, so Tuesday is off too
    "2026-04-10",
    "2026-04-13", // Orthodox Good Friday, Easter Monday
    "2026-05-01",
    "2026-11-11",
    "2027-04-30",
    "2027-05-03",
    "2027-05-04", // Easter on 2 May: Labour Day's Sunday moves past Easter Monday (library misses it)
    "2021-05-04", // the same in 2021 (Ministry opinion of 20 Jan 2021)
    "2028-01-03", // 2 Jan 2028 is a Sunday
    "2029-11-12", // 11 Nov 2029 is a Sunday
  ];
  for (const d of off) assert.equal(isBusinessDay(d), false, `${d} should be a day off`);
  const working = [
    "2026-05-04", // Monday after 1-2 May 2026 (Fri, Sat): no substitute for a Saturday
    "2026-05-08",
    "2026-05-11",
    "2026-04-14", // Tuesday after Easter Monday
    "2029-01-08", // 7 Jan 2029 is a Sunday, but Christmas is not a state holiday: no substitute
    "2026-01-27", // Sveti Sava: a working day
    "2026-11-25",
  ];
  for (const d of working) assert.equal(isBusinessDay(d), true, `${d} should be a working day`);
  assert.equal(isBusinessDay("2026-11-28"), false, "Saturday");
  assert.equal(isBusinessDay("2026-11-29"), false, "Sunday");
});

test("business days are counted after the start day, skipping weekends and holidays", () => {
  const table: [string, number, string][] = [
    ["2026-11-25", 1, "2026-11-26"],
    ["2026-11-27", 1, "2026-11-30"], // Friday -> Monday
    ["2026-11-05", 8, "2026-11-18"], // 11 Nov (Wednesday) is skipped
    ["2026-12-29", 3, "2027-01-04"], // 30, 31 Dec count; 1 Jan (Fri), 2 Jan (Sat, no substitute) and Sunday do not
    ["2027-04-28", 3, "2027-05-06"], // Good Friday 30 Apr, weekend, 3 and 4 May are all skipped
    ["2026-11-25", 0, "2026-11-25"],
  ];
  for (const [start, n, expected] of table) assert.equal(addBusinessDays(start, n), expected, `${start} + ${n}`);
});

test("day differences and today's date in Belgrade", () => {
  assert.equal(daysBetween("2026-11-25", "2026-12-03"), 8);
  assert.equal(daysBetween("2026-12-03", "2026-11-25"), -8);
  assert.equal(daysBetween("2027-03-27", "2027-03-29"), 2, "across the clock change");
  assert.equal(todayInBelgrade(new Date("2026-11-25T23:30:00Z")), "2026-11-26");
  assert.equal(todayInBelgrade(new Date("2026-07-01T21:59:00Z")), "2026-07-01");
});

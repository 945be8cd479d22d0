import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_LOG_LINE, redact } from "@/app/lib/redact";

test("log lines lose e-mail addresses and phone numbers, in every form they are written", () => {
  const cases = [
    "user ana.petrovic+sim@example.co.rs failed",
    'Unique constraint failed: {"email":"x@y.io"}',
    "phone +381641234567 saved",
    "phone +381 64 123 4567 saved",
    "phone 00381 64 123-4567 saved",
    "phone 064 123 4567 saved",
    "phone 064/123-4567 saved",
    "phone 0641234567 saved",
  ];
  for (const line of cases) {
    const out = redact(line);
    assert.doesNotMatch(out, /@|\d{3}/, `${line} -> ${out}`);
  }
  // Ordinary log lines keep their numbers: dates, ports, durations, ids.
  const plain = "GET /cases/cmabc123 200 in 35ms on 2026-11-25 port 3000";
  assert.equal(redact(plain), plain);
});

test("phone numbers in the other ways people write them are redacted too", () => {
  for (const line of ["call (064) 123 4567 now", "phone 064/123-45-67 saved", "msisdn 381641234567 ok", "tel: 0038164 1234567", "+381 (0)64 123 4567"]) {
    const out = redact(line);
    assert.doesNotMatch(out, /\d{3}/, `${line} -> ${out}`);
  }
});

// Every console line passes through redact (instrumentation.ts): a line anyone can make
// long (a Referer, a field) is cut, so its cost has a bound; what is cut is said.
test("a very long line is cut to a bounded length, and still redacted", () => {
  const long = `${"a".repeat(40_000)} ana@example.com ${"b".repeat(40_000)}@`;
  const out = redact(long);
  assert.ok(out.length <= MAX_LOG_LINE + 40, `${out.length} characters`);
  assert.match(out, /\[\d+ more characters\]$/);
  assert.doesNotMatch(redact(`x ana@example.com ${"y".repeat(5000)}`), /@example/);
});

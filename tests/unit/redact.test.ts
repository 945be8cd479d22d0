import { test } from "node:test";
import assert from "node:assert/strict";
import { redact } from "@/app/lib/redact";

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

import { test } from "node:test";
import assert from "node:assert/strict";
import { PEER_HEADER, clientAddress, trustedHops } from "@/app/lib/net/client-address";

const headers = (h: Record<string, string>) => new Headers(h);

test("with no trusted proxy the connection's address counts, whatever X-Forwarded-For says", () => {
  assert.equal(clientAddress(headers({ [PEER_HEADER]: "198.51.100.9", "x-forwarded-for": "1.2.3.4" }), 0), "198.51.100.9");
  assert.equal(clientAddress(headers({ [PEER_HEADER]: "::ffff:198.51.100.9" }), 0), "198.51.100.9");
  assert.equal(clientAddress(headers({ "x-forwarded-for": "1.2.3.4" }), 0), "unknown");
});

test("behind N proxies the Nth entry from the right counts; what the client wrote further left does not", () => {
  const peer = { [PEER_HEADER]: "10.0.0.2" };
  assert.equal(clientAddress(headers({ ...peer, "x-forwarded-for": "6.6.6.6, 203.0.113.5" }), 1), "203.0.113.5");
  assert.equal(clientAddress(headers({ ...peer, "x-forwarded-for": "6.6.6.6,203.0.113.5, 10.0.0.1" }), 2), "203.0.113.5");
  assert.equal(clientAddress(headers({ ...peer, "x-forwarded-for": " 2001:DB8::1 " }), 1), "2001:db8::1");
  // A request that did not pass every proxy: nothing in the header can be trusted.
  assert.equal(clientAddress(headers({ ...peer, "x-forwarded-for": "6.6.6.6" }), 2), "10.0.0.2");
  assert.equal(clientAddress(headers(peer), 1), "10.0.0.2");
});

test("ODJAVA_TRUSTED_PROXY_HOPS: 0 by default, a small whole number or a clear error", () => {
  assert.equal(trustedHops({}), 0);
  assert.equal(trustedHops({ ODJAVA_TRUSTED_PROXY_HOPS: "2" }), 2);
  for (const bad of ["-1", "1.5", "many", "11"]) assert.throws(() => trustedHops({ ODJAVA_TRUSTED_PROXY_HOPS: bad }), /ODJAVA_TRUSTED_PROXY_HOPS/);
});

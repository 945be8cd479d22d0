// The bench's JavaScript figure (tests/bench/scripts.mjs): which scripts a page's HTML makes
// a browser load to start it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { scriptSources } from "../bench/scripts.mjs";

test("counts each script tag's source once, not the polyfills a module browser skips", () => {
  const html =
    '<head><script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/a.js"></script>' +
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script><script src="/x.js?v=1&amp;w=2"></script></head>';
  assert.deepEqual(scriptSources(html), ["/_next/static/chunks/a.js", "/x.js?v=1&w=2"]);
});

test("counts a client component's chunk that only the streamed RSC payload names", () => {
  // As on the home page when its render streams after the head is sent (seen on PostgreSQL):
  // the error boundary's chunk is named in the payload only, and the runtime loads it.
  const html =
    '<head><script src="/_next/static/chunks/a.js" async=""></script></head><body>' +
    '<script nonce="n">self.__next_f.push([1,"14:\\"/_next/static/chunks/a.js\\"\\n18:\\"/_next/static/chunks/15qc6uoh67bf_.js\\"\\n19:I[74048,[\\"$14\\",\\"$18\\"],\\"default\\"]\\n"])</script>' +
    "<p>/_next/static/chunks/not-a-script.js as text</p></body>";
  assert.deepEqual(scriptSources(html), ["/_next/static/chunks/a.js", "/_next/static/chunks/15qc6uoh67bf_.js"]);
});

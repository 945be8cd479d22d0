// The bench's render-cost figures (tests/bench/render-cost.mjs): what it counts in a page's
// HTML and the line it fits through the pages' times.
import { test } from "node:test";
import assert from "node:assert/strict";
import { elementsOf, fit, payloadBytesOf } from "../bench/render-cost.mjs";

test("counts a page's own start tags, not Next.js's script, link and meta tags", () => {
  const html =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><link rel="stylesheet" href="/a.css"/><title>T</title></head>' +
    '<body><main><p>One <strong>two</strong></p><br/></main><script src="/a.js"></script><script>self.__next_f.push([1,"x"])</script></body></html>';
  // html, head, title, body, main, p, strong, br
  assert.equal(elementsOf(html), 8);
});

test("measures the RSC payload inside the HTML, escaped quotes included", () => {
  const html = '<script>self.__next_f.push([1,"ab\\"c"])</script><script>self.__next_f.push([0])</script><script>self.__next_f.push([1,"de"])</script>';
  assert.equal(payloadBytesOf(html), 'ab\\"c'.length + 2);
});

test("fits time against elements by least squares", () => {
  const line = fit([
    { ms: 10, elements: 0 },
    { ms: 13, elements: 100 },
    { ms: 16, elements: 200 },
  ]);
  assert.ok(Math.abs(line.fixed - 10) < 1e-9);
  assert.ok(Math.abs(line.perElement - 0.03) < 1e-12);
  assert.equal(line.r2, 1);
  const noisy = fit([
    { ms: 10, elements: 0 },
    { ms: 14, elements: 100 },
    { ms: 15, elements: 200 },
  ]);
  assert.ok(noisy.r2 < 1 && noisy.r2 > 0.8);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { safeReturnPath } from "@/app/lib/validation";

// Where an origin-relative path really leads, as a browser reads a Location header: it
// drops tabs and line breaks, and takes a backslash for a slash.
const ORIGIN = "https://odjava.example";
const landsOn = (path: string) => new URL(path.replace(/[\t\n\r]/g, "").replace(/\\/g, "/"), ORIGIN).origin;

test("a return path stays on this site, however it is spelled", () => {
  for (const raw of [
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example/x",
    "//evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "https://evil.example/",
    "/ /evil.example",
    "javascript:alert(1)",
  ]) {
    const path = safeReturnPath(raw);
    assert.equal(landsOn(path), ORIGIN, `${JSON.stringify(raw)} -> ${JSON.stringify(path)}`);
    assert.ok(!/[\u0000-\u001f\u007f\\]/.test(path), `${JSON.stringify(raw)} -> ${JSON.stringify(path)} keeps a control character`);
  }
});

test("a path on this site is kept, with non-ASCII percent-encoded for the Location header", () => {
  assert.equal(safeReturnPath("/cases/abc/submit?x=1#files"), "/cases/abc/submit?x=1#files");
  assert.equal(safeReturnPath("/cases/ü"), "/cases/%C3%BC");
  assert.match(safeReturnPath("/cases?q=王"), /^[\x21-\x7e]+$/);
  for (const raw of [undefined, null, 42, "", "cases", "/".repeat(3)]) assert.equal(safeReturnPath(raw), "/cases", String(raw));
});

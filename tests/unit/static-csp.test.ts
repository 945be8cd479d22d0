// A prerendered public page's policy names its inline scripts by hash
// (app/lib/net/static-csp.ts): every script that runs, none that does not, and no path
// outside the build's plain page names is read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { inlineScriptHashes, prerenderedScriptHashes } from "@/app/lib/net/static-csp";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

test("every inline script that runs is hashed, byte for byte; external scripts and data blocks are not", () => {
  const html = [
    "<!DOCTYPE html><html><head>",
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    "<script>self.__next_f=self.__next_f||[]</script>",
    '<script type="application/ld+json">{"@type":"HowTo"}</script>',
    '<script type="module">import("/x.js")</script>',
    '<script id="x" type="text/javascript">\n  čćž "quoted" </script>',
    "<script>self.__next_f=self.__next_f||[]</script>", // the same script twice: one hash
    "</head></html>",
  ].join("");
  assert.deepEqual(inlineScriptHashes(html), [hash("self.__next_f=self.__next_f||[]"), hash('import("/x.js")'), hash('\n  čćž "quoted" ')]);
  assert.deepEqual(inlineScriptHashes("<p>no scripts</p>"), []);
});

test("only plain page paths are looked up, and only in a production server", () => {
  const env = process.env as Record<string, string | undefined>;
  const before = env.NODE_ENV;
  try {
    env.NODE_ENV = "development";
    assert.equal(prerenderedScriptHashes("/en/guides/yettel"), null);
    env.NODE_ENV = "production";
    for (const path of ["/en/../../etc/passwd", "/en/guides/yettel.html", "/en//guides", "/en/guides/%2e%2e", "/", "/en/guides/yettel/"]) {
      assert.equal(prerenderedScriptHashes(path), null, path);
    }
    // A plain path with no built page (no build in a unit test's checkout is assumed).
    assert.equal(prerenderedScriptHashes("/xx/no-such-page"), null);
  } finally {
    env.NODE_ENV = before;
  }
});

// The kept copies of prerendered pages (app/lib/net/prerendered.mjs), in front of a real
// HTTP server that answers as Next.js would: which answers are kept, which never are.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { accepts, prerenderedCache, prerenderedPages } from "@/app/lib/net/prerendered.mjs";

const HTML = "<!DOCTYPE html><html><body>" + "Odjava vodič. ".repeat(500) + "</body></html>";
const STATIC_CSP = "default-src 'self'; script-src 'self' 'sha256-abc='";

// What the stand-in for Next.js answers for each path, and how often it was asked.
const ANSWERS: Record<string, { status: number; headers: Record<string, string> }> = {
  "/kept": { status: 200, headers: { "x-nextjs-prerender": "1", "content-security-policy": STATIC_CSP, etag: '"e1"' } },
  "/nonce": { status: 200, headers: { "x-nextjs-prerender": "1", "content-security-policy": "script-src 'self' 'nonce-abc' 'strict-dynamic'" } },
  "/cookie": { status: 200, headers: { "x-nextjs-prerender": "1", "content-security-policy": STATIC_CSP, "set-cookie": "a=b" } },
  "/dynamic": { status: 200, headers: { "content-security-policy": STATIC_CSP } },
  "/missing": { status: 404, headers: { "x-nextjs-prerender": "1", "content-security-policy": STATIC_CSP } },
};

async function withServer(
  run: (get: (p: string, h?: Record<string, string>) => Promise<http.IncomingMessage & { body: Buffer }>, asked: Map<string, number>) => Promise<void>,
) {
  const asked = new Map<string, number>();
  const serve = prerenderedCache(new Set(Object.keys(ANSWERS)), () => server.address() as { address: string; port: number });
  const server = http.createServer((req, res) => {
    if (serve(req, res)) return;
    asked.set(req.url!, (asked.get(req.url!) ?? 0) + 1);
    const answer = ANSWERS[req.url!]!;
    res.writeHead(answer.status, { "content-type": "text/html; charset=utf-8", ...answer.headers });
    res.end(HTML);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const get = (p: string, headers: Record<string, string> = {}) =>
    new Promise<http.IncomingMessage & { body: Buffer }>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path: p, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve(Object.assign(res, { body: Buffer.concat(chunks) })));
        })
        .on("error", reject);
    });
  try {
    await run(get, asked);
  } finally {
    server.close();
  }
}

const settle = () => new Promise((r) => setTimeout(r, 300));

test("a prerendered 200 without a nonce or a cookie is kept and answered in brotli; Next.js is not asked again", async () => {
  await withServer(async (get, asked) => {
    const first = await get("/kept", { "accept-encoding": "br" });
    assert.equal(first.headers["content-encoding"], undefined);
    await settle();
    const askedBefore = asked.get("/kept");
    // Asked twice: the first request, and the copy's own fetch.
    assert.equal(askedBefore, 2);
    const kept = await get("/kept", { "accept-encoding": "br" });
    assert.equal(kept.headers["content-encoding"], "br");
    assert.equal(brotliDecompressSync(kept.body).toString("utf8"), HTML);
    assert.equal(kept.headers["content-security-policy"], STATIC_CSP);
    assert.equal(kept.headers.etag, '"e1"');
    assert.equal(asked.get("/kept"), askedBefore);
  });
});

test("a nonce, a cookie, no prerender mark or a status other than 200: never kept, every request goes on to Next.js", async () => {
  await withServer(async (get, asked) => {
    for (const p of ["/nonce", "/cookie", "/dynamic", "/missing"]) {
      await get(p, { "accept-encoding": "br" });
      await settle();
      const again = await get(p, { "accept-encoding": "br" });
      assert.notEqual(again.headers["content-encoding"], "br", p);
      // The first request, one fetch to look at it, and this one: it is not fetched again.
      assert.equal(asked.get(p), 3, p);
    }
  });
});

test("Accept-Encoding: named or *, refused by q=0; a named entry wins over *", () => {
  assert.equal(accepts("gzip, deflate, br", "br"), true);
  assert.equal(accepts("gzip;q=1.0, br;q=0.5", "br"), true);
  assert.equal(accepts("br;q=0, gzip", "br"), false);
  assert.equal(accepts("*", "gzip"), true);
  assert.equal(accepts("*, gzip;q=0", "gzip"), false);
  assert.equal(accepts("gzip;q=0, *", "br"), true);
  assert.equal(accepts("BR", "br"), true);
  assert.equal(accepts("identity", "gzip"), false);
  assert.equal(accepts(undefined, "gzip"), false);
});

test("the pages kept are the build's prerendered pages that never revalidate, not its routes or Next.js's own", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "prerendered-"));
  const page = { routeType: "page", initialRevalidateSeconds: false };
  writeFileSync(
    path.join(dir, "prerender-manifest.json"),
    JSON.stringify({
      routes: {
        "/en/guides": page,
        "/en/guides/a1": page,
        "/_global-error": page,
        "/robots.txt": { routeType: "route", initialRevalidateSeconds: false },
        "/news": { routeType: "page", initialRevalidateSeconds: 60 },
      },
    }),
  );
  assert.deepEqual([...prerenderedPages(dir)].sort(), ["/en/guides", "/en/guides/a1"]);
});

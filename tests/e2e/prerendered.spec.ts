import http from "node:http";
import { readFileSync } from "node:fs";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { test, expect } from "@/tests/support/fixtures";
import { RENDERING } from "@/tests/support/tags";

// server.mjs answers a prerendered page from memory (app/lib/net/prerendered.mjs). Next.js
// itself only ever gzips, so a brotli answer is the kept copy.

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

// A raw request: no client here decodes the body or adds an Accept-Encoding of its own.
function send(baseURL: string, path: string, headers: Record<string, string>, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .request(new URL(path, baseURL), { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject)
      .end();
  });
}

// The headers a kept copy must repeat from Next.js's own answer.
const PAGE_HEADERS = [
  "content-type",
  "content-security-policy",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
  "strict-transport-security",
  "cache-control",
  "etag",
  "vary",
];

test(
  "a prerendered guide is answered from memory as the build wrote it, in brotli, gzip or neither as the browser accepts",
  { tag: RENDERING },
  async ({ baseURL }) => {
    const page = "/zh-Hans/guides/mts";
    const get = (headers: Record<string, string>, method?: string) => send(baseURL!, page, headers, method);
    const built = readFileSync(`.next/server/app${page}.html`);

    // Next.js's own answer: a conditional request is always passed on to it.
    const own = await get({ "accept-encoding": "br, gzip", "if-none-match": '"not-this-one"' });
    expect(own.status).toBe(200);
    expect(own.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(own.body)).toEqual(built);

    // The first plain request has the page kept; brotli shows that a later one is the copy.
    await expect.poll(async () => (await get({ "accept-encoding": "gzip, br" })).headers["content-encoding"]).toBe("br");
    const br = await get({ "accept-encoding": "gzip, br" });
    expect(br.status).toBe(200);
    expect(brotliDecompressSync(br.body)).toEqual(built);
    expect(br.body.length).toBeLessThan(own.body.length);
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    for (const name of PAGE_HEADERS) expect(br.headers[name], name).toBe(own.headers[name]);
    expect(br.headers["content-security-policy"]).toContain("'sha256-");

    const gz = await get({ "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body)).toEqual(built);

    // q=0 refuses an encoding.
    const plain = await get({ "accept-encoding": "br;q=0, gzip;q=0" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toEqual(built);

    const head = await get({ "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(br.body.length);

    // What is not the plain page goes to Next.js: the RSC payload of a client navigation,
    // and any address with a query (which would otherwise let anyone fill the memory).
    const rsc = await get({ "accept-encoding": "gzip, br", rsc: "1" });
    expect(rsc.headers["content-encoding"]).not.toBe("br");
    expect(String(rsc.headers["content-type"])).not.toContain("text/html");
    const query = await send(baseURL!, `${page}?from=test`, { "accept-encoding": "gzip, br" });
    expect(query.status).toBe(200);
    expect(query.headers["content-encoding"]).toBe("gzip");
  },
);

// JavaScript a page needs to start: the <script src> of its served HTML (Next.js lists
// there every chunk the first render needs; what it prefetches after load is not counted),
// each fetched as a browser would, gzip accepted, and counted in bytes as sent.
import http from "node:http";
import { gunzipSync } from "node:zlib";
import { payloadChunks } from "./rsc-payload.mjs";

function get(url, headers) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

/** @returns {string[]} the scripts a page's HTML makes a browser load to start it */
export function scriptSources(html) {
  // A noModule script (Next.js's polyfills) is skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const fromTags = tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]?.replaceAll("&amp;", "&") ?? []);
  // A client component's chunks are named in the RSC payload, and the runtime loads them
  // from there; when the render streams after the head is sent (seen on PostgreSQL), some
  // have no script tag at all.
  const fromPayload = payloadChunks(html).flatMap((chunk) => chunk.match(/\/_next\/static\/chunks\/[\w.-]+\.js/g) ?? []);
  return [...new Set([...fromTags, ...fromPayload])];
}

/** @returns {Promise<{ bytes: number, scripts: number, uncompressed: number }>} bytes as sent; `uncompressed` counts the scripts sent without gzip */
export async function scriptBytes(origin, path, cookie) {
  const headers = cookie ? { cookie } : {};
  const page = await get(origin + path, headers);
  if (page.status !== 200) throw new Error(`${path}: ${page.status}`);
  const html = (page.encoding === "gzip" ? gunzipSync(page.body) : page.body).toString("utf8");
  const sources = scriptSources(html);
  let bytes = 0;
  let uncompressed = 0;
  for (const src of sources) {
    const script = await get(new URL(src, origin + path).toString(), headers);
    if (script.status !== 200) throw new Error(`${src}: ${script.status}`);
    bytes += script.body.length;
    if (script.encoding !== "gzip") uncompressed++;
  }
  return { bytes, scripts: sources.length, uncompressed };
}

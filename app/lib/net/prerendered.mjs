// Prerendered pages (the public guides) served from memory by server.mjs, compressed once.
//
// A prerendered page is the same bytes for everyone, yet Next.js gzips it again for every
// request (zlib level 6: 1.3 ms of CPU for a guide's 88 KB, more than the rest of serving
// it). This keeps each such page as Next.js itself answers it (status, headers, body),
// with its brotli (quality 11: 10.7 KB for that guide) and gzip (level 9: 16.5 KB)
// encodings made once in the background, and answers a plain GET or HEAD for it.
// Anything else, or a page not kept yet, goes to Next.js as before.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

// The request header marking this module's own fetch of a page, which Next.js answers.
const FILL_HEADER = "x-odjava-prerender-fill";

// Request headers that ask Next.js for something other than the page's HTML (its RSC
// payload for client navigation, an action), or for an answer that depends on the
// browser's copy (If-None-Match, a range).
const NOT_PLAIN = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "if-none-match",
  "if-modified-since",
  "range",
  FILL_HEADER,
];

// Response headers that describe one connection or one encoding, not the page.
const PER_RESPONSE = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding"]);

// The pages the build prerendered once and never revalidates (Next.js's own pages, such as
// /_global-error, left out), by path.
export function prerenderedPages(distDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"));
  return new Set(
    Object.entries(manifest.routes)
      .filter(([route, r]) => r.routeType === "page" && r.initialRevalidateSeconds === false && !route.startsWith("/_"))
      .map(([route]) => route),
  );
}

// Whether `accept` (an Accept-Encoding header) takes `encoding`: named without q=0, or, when
// not named, `*` without q=0 (a named entry wins over `*`, wherever each stands).
export function accepts(accept, encoding) {
  const q = new Map();
  for (const part of (accept ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.split(";").map((p) => p.trim());
    const weight = params.find((p) => p.startsWith("q="));
    if (name) q.set(name, weight ? Number(weight.slice(2)) : 1);
  }
  const weight = q.get(encoding) ?? q.get("*") ?? 0;
  return weight > 0;
}

/**
 * @param {Set<string>} pages the paths that may be kept (prerenderedPages)
 * @param {() => { address: string, port: number }} address where this process's own server listens
 */
export function prerenderedCache(pages, address) {
  /** @type {Map<string, null | { status: number, headers: Record<string, string | string[]>, identity: Buffer, br: Buffer, gzip: Buffer }>} */
  const kept = new Map();
  const filling = new Set();

  // Fetches `page` from this server, as Next.js answers it uncompressed, and keeps it if it
  // is the same for everyone: a prerendered 200 that sets no cookie and has no nonce.
  async function fill(page) {
    filling.add(page);
    try {
      const answer = await fetchOwn(address(), page);
      const h = answer.headers;
      const csp = String(h["content-security-policy"] ?? "");
      const same = answer.status === 200 && h["x-nextjs-prerender"] && !h["set-cookie"] && !h["content-encoding"] && !csp.includes("'nonce-");
      if (!same) return void kept.set(page, null);
      const headers = Object.fromEntries(Object.entries(h).filter(([name]) => !PER_RESPONSE.has(name)));
      const [br, gz] = await Promise.all([
        brotli(answer.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: answer.body.length } }),
        gzip(answer.body, { level: 9 }),
      ]);
      kept.set(page, { status: answer.status, headers, identity: answer.body, br, gzip: gz });
    } catch (error) {
      // Not kept: Next.js goes on answering it, and a later request tries again.
      console.error(`[prerendered] ${page}: ${error instanceof Error ? error.message : error}`);
    } finally {
      filling.delete(page);
    }
  }

  /** Answers `req` from memory and returns true, or returns false for Next.js to answer it. */
  return function serve(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const page = req.url ?? "";
    if (!pages.has(page) || NOT_PLAIN.some((name) => name in req.headers)) return false;
    const entry = kept.get(page);
    if (entry === undefined) {
      if (!filling.has(page)) void fill(page);
      return false;
    }
    if (entry === null) return false;
    const accept = req.headers["accept-encoding"];
    const [encoding, body] = accepts(accept, "br") ? ["br", entry.br] : accepts(accept, "gzip") ? ["gzip", entry.gzip] : [null, entry.identity];
    res.writeHead(entry.status, { ...entry.headers, ...(encoding ? { "content-encoding": encoding } : {}), "content-length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}

// A server listening on every address is reached on the loopback one.
function fetchOwn({ address, port }, page) {
  const host = address === "0.0.0.0" ? "127.0.0.1" : address === "::" ? "::1" : address;
  return new Promise((resolve, reject) => {
    http
      .get({ host, port, path: page, headers: { [FILL_HEADER]: "1", "accept-encoding": "identity" } }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

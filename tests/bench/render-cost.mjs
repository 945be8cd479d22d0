// What a page's rendering costs per element it shows (issue 18): each page is asked for one
// request at a time, and the server process's CPU time (user and system, all its threads,
// from /proc) is divided by the requests, so the figure is the server's own work, without
// the load generator's and without queueing; it is set against the elements each page's
// HTML holds. In the App Router every server-rendered element is rendered into the RSC
// payload, then into HTML, and the payload is sent again inside the HTML, so a page's time
// grows with what it shows; the fit says by how much, and how many elements a page may
// show to stay within 1.3x the home page.

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { payloadChunks } from "./rsc-payload.mjs";

const WARM = 5;
export const TIMED = 60;

// CPU milliseconds a process has used so far (Linux).
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  // utime and stime, the 14th and 15th fields of the line (the 12th and 13th after the name).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond();
}
let ticks = null;
const ticksPerSecond = () => (ticks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100);

// Start tags of the document's content: the <script>, <link> and <meta> tags Next.js adds
// are the same on every page and left out.
export function elementsOf(html) {
  return (html.match(/<[a-zA-Z][^>]*>/g) ?? []).filter((t) => !/^<(script|link|meta)\b/i.test(t)).length;
}

// Bytes of the RSC payload the HTML carries.
export function payloadBytesOf(html) {
  return payloadChunks(html).reduce((n, chunk) => n + chunk.length, 0);
}

// Least squares: ms = fixed + perElement * elements.
export function fit(points) {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.elements, 0) / n;
  const my = points.reduce((a, p) => a + p.ms, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.elements - mx) ** 2, 0);
  const perElement = points.reduce((a, p) => a + (p.elements - mx) * (p.ms - my), 0) / sxx;
  const fixed = my - perElement * mx;
  const sst = points.reduce((a, p) => a + (p.ms - my) ** 2, 0);
  const ssr = points.reduce((a, p) => a + (p.ms - fixed - perElement * p.elements) ** 2, 0);
  return { fixed, perElement, r2: sst === 0 ? 1 : 1 - ssr / sst };
}

// The server's CPU ms per request for `path`, asked TIMED times one at a time (after WARM),
// and the last answer's body.
async function timed(origin, pid, path, headers) {
  let url = origin + path;
  const ask = async () => {
    const res = await fetch(url, { headers, redirect: "manual" });
    // An RSC request must carry the hash of its router headers in `_rsc` (Next.js answers a
    // missing one with a 307 to the address that has it): follow it once, then ask that.
    if (res.status === 307 && headers.rsc && !new URL(url).searchParams.has("_rsc")) {
      url = new URL(res.headers.get("location"), origin).href;
      return ask();
    }
    if (res.status !== 200) throw new Error(`render cost: ${path} answered ${res.status}`);
    return res.text();
  };
  for (let i = 0; i < WARM; i++) await ask();
  let body = "";
  const before = cpuMs(pid);
  for (let i = 0; i < TIMED; i++) body = await ask();
  return { ms: (cpuMs(pid) - before) / TIMED, body };
}

/**
 * Each page is asked twice over: as a document (what a browser loads) and as the RSC
 * payload alone (`RSC: 1`, what the server components and their serialisation cost, with
 * the same proxy, session and queries). The difference is what turning that payload into
 * HTML costs. `ifCached` is the page with every bit of server rendering it does beyond the
 * home page's taken away, as if it all came from a cache ("use cache" still replays the
 * payload, so a real cache costs more): if even that is over 1.3x the home page, caching
 * rendered parts cannot bring the page within it.
 * @param {string} origin
 * @param {number} pid the server's process
 * @param {{ name: string, path: string, cookie?: string }[]} pages the home page first
 */
export async function renderCost(origin, pid, pages) {
  const rows = [];
  for (const page of pages) {
    const headers = { ...(page.cookie ? { cookie: page.cookie } : {}), "accept-encoding": "gzip" };
    const html = await timed(origin, pid, page.path, headers);
    const rsc = await timed(origin, pid, page.path, { ...headers, rsc: "1" });
    rows.push({
      name: page.name,
      ms: html.ms,
      rscMs: rsc.ms,
      elements: elementsOf(html.body),
      htmlBytes: Buffer.byteLength(html.body),
      payloadBytes: payloadBytesOf(html.body),
    });
  }
  for (const r of rows) r.ifCached = r.ms - Math.max(0, r.rscMs - rows[0].rscMs);
  const line = fit(rows);
  // The most elements a page could show and still cost 1.3x the home page's CPU time.
  const elementsWithin = line.perElement > 0 ? Math.floor((1.3 * rows[0].ms - line.fixed) / line.perElement) : null;
  return { rows, ...line, elementsWithin };
}

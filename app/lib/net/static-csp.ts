import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

// The public pages (app/(public)) are prerendered at build time and served as files, the
// same bytes to everyone, so they cannot carry a per-request nonce. Their policy allows
// instead exactly the inline scripts that page's file holds, each by its SHA-256 (Next.js
// writes its RSC payload as inline scripts); everything else a page loads comes from
// /_next/static ('self'). Read from the build once per page and kept.

// A <script> without a src: its attributes and its text.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    // A data block (the guides' schema.org JSON) is never run, so no policy covers it.
    const type = /\stype=["']?([^"'\s>]+)/i.exec(attributes ?? "")?.[1];
    if (type && !/^(text\/javascript|module)$/i.test(type)) continue;
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(body ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...hashes];
}

// Paths of prerendered pages are plain segments; anything else is not looked up on disk.
const PLAIN_PATH = /^(\/[A-Za-z0-9-]+)+$/;
const kept = new Map<string, string[] | null>();

// The hashes of a prerendered page's inline scripts, or null when `pathname` is not one
// (a development server renders every page on request, with the nonce).
export function prerenderedScriptHashes(pathname: string): string[] | null {
  if (process.env.NODE_ENV !== "production" || !PLAIN_PATH.test(pathname)) return null;
  if (kept.has(pathname)) return kept.get(pathname)!;
  let hashes: string[] | null = null;
  try {
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), ".next", "server", "app", `${pathname}.html`);
    hashes = inlineScriptHashes(readFileSync(/* turbopackIgnore: true */ file, "utf8"));
  } catch {
    hashes = null;
  }
  kept.set(pathname, hashes);
  return hashes;
}

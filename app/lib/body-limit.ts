import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

// Next.js has one body limit for every server action, and the receipt upload needs 6 MB
// of it (next.config.ts). Every other request is held to 1 MB here, in the proxy, before
// any action runs. The upload is told apart by its action id (the `next-action` header
// React sends with it), not by the page it is posted to: any action may be posted to any
// page, so a path would lend the upload's limit to every action, sign-in included. The
// ids come from the build's manifest of server actions; without it, nothing over 1 MB
// passes (an upload without JavaScript sends no such header and is held to 1 MB too).

export const MAX_BODY_BYTES = 1_000_000;
const UPLOAD_ACTION = { filename: "app/lib/evidence/actions.ts", exportedName: "uploadEvidenceAction" };

type Manifest = { node?: Record<string, { filename?: string; exportedName?: string }> };

// `next dev` builds into .next/dev; `next build` into .next.
function manifestPath(): string {
  const dist = process.env.NODE_ENV === "production" ? ".next" : path.join(".next", "dev");
  return path.join(/* turbopackIgnore: true */ process.cwd(), dist, "server", "server-reference-manifest.json");
}

let cached: Set<string> | null = null;

function uploadActionIds(): Set<string> {
  // A development server adds actions as it compiles pages: read again each time there.
  if (cached && process.env.NODE_ENV === "production") return cached;
  try {
    const manifest = JSON.parse(readFileSync(/* turbopackIgnore: true */ manifestPath(), "utf8")) as Manifest;
    cached = new Set(
      Object.entries(manifest.node ?? {})
        .filter(([, a]) => a.filename === UPLOAD_ACTION.filename && a.exportedName === UPLOAD_ACTION.exportedName)
        .map(([id]) => id),
    );
  } catch {
    cached = new Set();
  }
  if (cached.size === 0) console.error("body limit: the receipt upload's action id is not in the build's manifest; uploads over 1 MB are refused");
  return cached;
}

// Next.js forwards an action posted to a page that does not bundle it to one that does,
// as a new request to this server, in chunks and with the original request's headers. The
// proxy marks every request it lets through with this header, whose value no client can
// know (it is derived from AUTH_SECRET, which every instance shares; without one, random),
// so a forwarded request, whose body was checked when it first arrived, is let through.
const CHECKED_HEADER = "x-odjava-body-checked";
let token: string | null = null;
const checkedToken = () =>
  (token ??= createHmac("sha256", process.env.AUTH_SECRET || randomBytes(32))
    .update("odjava:request body checked")
    .digest("hex"));

export function markBodyChecked(requestHeaders: Headers): void {
  requestHeaders.set(CHECKED_HEADER, checkedToken());
}

// The refusal for a request whose body may be too large, or null to let it through. A body
// of no stated length (sent in chunks) is refused outright: browsers always state it, and
// its size could only be known by reading it.
export function bodyRefusal(headers: Headers): Response | null {
  const mark = Buffer.from(headers.get(CHECKED_HEADER) ?? "");
  const expected = Buffer.from(checkedToken());
  if (mark.length === expected.length && timingSafeEqual(mark, expected)) return null;
  if (headers.has("transfer-encoding")) return new Response("Length required", { status: 411, headers: { "content-type": "text/plain; charset=utf-8" } });
  const length = Number(headers.get("content-length") ?? 0);
  if (!(length > MAX_BODY_BYTES)) return null;
  const action = headers.get("next-action");
  if (action && uploadActionIds().has(action)) return null;
  return new Response("Request body too large", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
}

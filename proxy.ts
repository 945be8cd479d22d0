import { NextResponse, type NextRequest } from "next/server";
import { bodyRefusal, markBodyChecked } from "@/app/lib/body-limit";
import { prerenderedScriptHashes } from "@/app/lib/net/static-csp";
import { PUBLIC_PATH } from "@/app/lib/public/paths";

// A receipt someone attached (app/cases/[id]/evidence/[evidenceId], and its preview) is served under a
// policy of its own: sandboxed, so nothing in it runs even when it is opened on its own.
// It is set here rather than in the route handler because the proxy's headers replace
// the handler's; any path that looks like a receipt gets it, so a mistake here makes a
// page stricter, never looser.
const RECEIPT_PATH = /^\/cases\/[^/]+\/evidence\/[^/]+(\/preview)?\/?$/;
const RECEIPT_CSP = "default-src 'none'; img-src 'self'; sandbox";

// A Content-Security-Policy with a fresh nonce on every request: Next.js puts the nonce
// on its own inline scripts, and no other inline script can run. Styles may be inline
// (React style attributes); nothing is loaded from another origin. The matcher leaves out
// Next's build files, favicon.ico and robots.txt; the other icons, the manifest, sw.js and
// offline.html pass through untouched but for this policy, which for sw.js is the worker's
// own (it may fetch from this origin only).
export function proxy(request: NextRequest) {
  const refused = bodyRefusal(request.headers);
  if (refused) return refused;
  if (RECEIPT_PATH.test(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    response.headers.set("content-security-policy", RECEIPT_CSP);
    return response;
  }
  // A prerendered public page cannot carry a nonce: its policy names its inline scripts by
  // hash instead (app/lib/net/static-csp.ts), and it needs no request headers.
  const read = request.method === "GET" || request.method === "HEAD";
  const hashes = read && PUBLIC_PATH.test(request.nextUrl.pathname) ? prerenderedScriptHashes(request.nextUrl.pathname) : null;
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("content-security-policy", policy(`script-src 'self' ${hashes.join(" ")}`));
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = policy(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  markBodyChecked(requestHeaders);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

// The policy every page shares, with its script rule.
function policy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // Named, though default-src already says the same: the service worker (public/sw.js)
    // and the manifest (app/manifest.ts) come from this origin and nowhere else.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|robots.txt).*)" }],
};

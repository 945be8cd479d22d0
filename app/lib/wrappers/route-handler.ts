import "server-only";
import { currentUser, type SignedInUser } from "@/app/lib/auth/session";
import { getLocale, getT } from "@/app/lib/i18n/server";
import type { T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";
import { RecordId } from "@/app/lib/validation";
import { todayInBelgrade } from "@/app/lib/calendar";

// The wrapper of every GET route handler for a signed-in person (PDFs, calendar files,
// receipts, the data export): a visitor is sent to sign in and brought back, a route
// parameter that is not a record id is the same 404 as no record, and files are never
// cached.

type Params<P> = { params: Promise<P> };
export type RouteContext = { request: Request; user: SignedInUser; t: T; locale: Locale; now: Date; today: string };

export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

function signInFirst(request: Request, back: string): Response {
  return Response.redirect(new URL(`/sign-in?next=${encodeURIComponent(back)}`, request.url), 303);
}

// A download for its owner: `inline` opens in the browser, `attachment` saves. `filename`
// may hold any characters; the plain header gets an ASCII stand-in.
export function fileResponse(
  body: Uint8Array | string,
  type: string,
  filename: string,
  options: { disposition?: "inline" | "attachment"; headers?: Record<string, string> } = {},
): Response {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const disposition = `${options.disposition ?? "inline"}; filename="${ascii}"${ascii === filename ? "" : `; filename*=UTF-8''${encodeURIComponent(filename)}`}`;
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: { "content-type": type, "content-disposition": disposition, "cache-control": "private, no-store", ...options.headers },
  });
}

// A route for the signed-in person; `back` is where sign-in returns to.
export function userRoute<P extends Record<string, string>>(back: (params: P) => string, handler: (ctx: RouteContext, params: P) => Promise<Response>) {
  return async (request: Request, { params }: Params<P>): Promise<Response> => {
    // A route without dynamic segments gets no params.
    const p = ((await params) ?? {}) as P;
    const user = await currentUser();
    if (!user) return signInFirst(request, back(p));
    // Every route parameter here is a record id.
    if (Object.values(p).some((v) => !RecordId.safeParse(v).success)) return notFoundResponse();
    const [t, locale] = await Promise.all([getT(), getLocale()]);
    const now = new Date();
    return handler({ request, user, t, locale, now, today: todayInBelgrade(now) }, p);
  };
}

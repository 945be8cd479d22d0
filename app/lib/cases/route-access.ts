import "server-only";
import { currentUser, type SignedInUser } from "../auth";
import { getCase, type CaseDetail } from "./data";

// For GET route handlers (PDFs, calendar files): the signed-in user's case, or the
// response to send instead: sign-in for visitors, 404 for anyone else's or no case.
export async function caseForRoute(request: Request, id: string, path: string): Promise<CaseDetail | Response> {
  const found = await ownCaseForRoute(request, id, path);
  return found instanceof Response ? found : found.c;
}

// The same, with the user, for routes that read more of the user's data about the case
// (React's cache() does not reach route handlers, so asking for the user again would
// cost another query).
export async function ownCaseForRoute(request: Request, id: string, path: string): Promise<{ user: SignedInUser; c: CaseDetail } | Response> {
  const user = await currentUser();
  if (!user) {
    return Response.redirect(new URL(`/sign-in?next=${encodeURIComponent(`/cases/${id}/${path}`)}`, request.url), 303);
  }
  const c = await getCase(user.id, id);
  return c ? { user, c } : notFoundResponse();
}

export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export function fileResponse(body: Uint8Array | string, type: string, filename: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "content-type": type,
      "content-disposition": `inline; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
}

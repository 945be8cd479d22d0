import "server-only";
import { notFoundResponse, userRoute, type RouteContext } from "@/app/lib/wrappers/route-handler";
import { getCase, type CaseDetail } from "@/app/lib/cases/queries";

// A route that reads one of the person's cases, /cases/[id]/<path>: someone else's case
// is the same 404 as no case.
export function caseRoute<P extends { id: string }>(path: string, handler: (ctx: RouteContext & { c: CaseDetail }, params: P) => Promise<Response>) {
  return userRoute<P>(
    (p) => `/cases/${p.id}/${path}`,
    async (ctx, p) => {
      const c = await getCase(ctx.user.id, p.id, ctx.today);
      return c ? handler({ ...ctx, c }, p) : notFoundResponse();
    },
  );
}

import { currentUser } from "../../../lib/auth";
import { getCase } from "../../../lib/cases/data";
import { renderSummaryPdf } from "../../../lib/pdf/summary";

// GET only, changes nothing. Someone else's case and a missing one look alike: 404.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) {
    const next = encodeURIComponent(`/cases/${id}/summary.pdf`);
    return Response.redirect(new URL(`/sign-in?next=${next}`, request.url), 303);
  }
  const c = await getCase(user.id, id);
  if (!c) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const pdf = await renderSummaryPdf(c);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="odjava-case-${c.id}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}

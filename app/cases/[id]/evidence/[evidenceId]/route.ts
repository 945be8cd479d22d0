import { currentUser } from "../../../../lib/auth";
import { evidenceFile } from "../../../../lib/evidence/data";
import { isPreviewable } from "../../../../lib/evidence/limits";
import { RecordId } from "../../../../lib/cases/schemas";
import { notFoundResponse } from "../../../../lib/cases/route-access";

// An attached receipt, to its owner only (anyone else gets the same 404 as for no file).
// Served with the type read from its content when it was uploaded: photos inline, a PDF or
// HEIC file as a download; the response may run nothing and is never cached.
export async function GET(request: Request, { params }: { params: Promise<{ id: string; evidenceId: string }> }) {
  const { id, evidenceId } = await params;
  const user = await currentUser();
  if (!user) {
    return Response.redirect(new URL(`/sign-in?next=${encodeURIComponent(`/cases/${id}`)}`, request.url), 303);
  }
  if (!RecordId.safeParse(id).success || !RecordId.safeParse(evidenceId).success) return notFoundResponse();
  const file = await evidenceFile(user.id, id, evidenceId);
  if (!file) return notFoundResponse();
  const ascii = file.name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const disposition = `${isPreviewable(file.type) ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`;
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.type,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": disposition,
      "content-security-policy": "default-src 'none'; img-src 'self'; sandbox",
      "cache-control": "private, no-store",
    },
  });
}

import { fileResponse, notFoundResponse, userRoute } from "@/app/lib/wrappers/route-handler";
import { evidenceFile } from "@/app/lib/evidence/data";
import { isPreviewable } from "@/app/lib/evidence/limits";

// An attached receipt, to its owner only (anyone else gets the same 404 as for no file).
// Served with the type read from its content when it was uploaded: photos inline, a PDF or
// HEIC file as a download; never cached. Its CSP (sandbox: nothing in it runs) is set by
// proxy.ts, whose headers would replace one set here.
export const GET = userRoute<{ id: string; evidenceId: string }>(
  (p) => `/cases/${p.id}`,
  async ({ user }, { id, evidenceId }) => {
    const file = await evidenceFile(user.id, id, evidenceId);
    if (!file) return notFoundResponse();
    return fileResponse(file.bytes, file.type, file.name, {
      disposition: isPreviewable(file.type) ? "inline" : "attachment",
      headers: { "content-length": String(file.bytes.byteLength) },
    });
  },
);

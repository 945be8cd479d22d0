import { fileResponse, notFoundResponse, userRoute } from "@/app/lib/wrappers/route-handler";
import { evidenceFile } from "@/app/lib/evidence/data";
import { isPreviewable } from "@/app/lib/evidence/limits";
import { previewOf } from "@/app/lib/evidence/preview";

// The small picture of a photo receipt (app/lib/evidence/preview.ts), to its owner only,
// like the file itself (../route.ts); a PDF, a HEIC photo or an unreadable picture has none
// (404). Its CSP is the receipt's sandbox (proxy.ts).
export const GET = userRoute<{ id: string; evidenceId: string }>(
  (p) => `/cases/${p.id}`,
  async ({ user }, { id, evidenceId }) => {
    const file = await evidenceFile(user.id, id, evidenceId);
    if (!file || !isPreviewable(file.type)) return notFoundResponse();
    const preview = await previewOf(file.bytes);
    if (!preview) return notFoundResponse();
    return fileResponse(preview, "image/webp", `${file.name}.webp`, { headers: { "content-length": String(preview.byteLength) } });
  },
);

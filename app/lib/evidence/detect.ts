import { fileTypeFromBuffer } from "file-type";
import { EVIDENCE_TYPES, type EvidenceType } from "@/app/lib/evidence/limits";

// The file's real type from its content (file-type reads the magic numbers of some 150
// formats, HEIC's ISO box structure included), or null when it is not one we accept. A
// text file renamed "receipt.jpg" is refused; so is a PDF named ".png", which is kept as
// what it is.
export async function detectEvidenceType(bytes: Uint8Array): Promise<EvidenceType | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  return (EVIDENCE_TYPES as readonly string[]).includes(found.mime) ? (found.mime as EvidenceType) : null;
}

// What a receipt upload may be; shared by the form (checked before sending, so a file
// that is too big never travels) and the server (checked again, from the bytes).

// Read from the file's first bytes (its magic number), never from its name or the type
// the browser claims. HEIC/HEIF is what iPhones take photos in.
export const EVIDENCE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "application/pdf"] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

// What the file picker offers; the server still decides from the content.
export const EVIDENCE_ACCEPT = ".jpg,.jpeg,.png,.webp,.heic,.heif,.pdf,image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf";

// 5 MB per file: a phone photo of a receipt is 1-4 MB, a scanned page less. The server
// action's body limit (next.config.ts) is a little above this, for the form's overhead.
export const MAX_EVIDENCE_BYTES = 5_000_000;

// Files per case, so one case cannot fill the disk: at most 50 MB a case.
export const MAX_EVIDENCE_PER_CASE = 10;

// All of one account's receipts together, so twenty cases cannot hold 1 GB: twenty full
// photos, or a hundred scans. Checked with the account locked, before the file is written.
export const MAX_EVIDENCE_BYTES_PER_ACCOUNT = 100_000_000;

// No upload is taken while the upload folder's file system has less than this free, so
// receipts never fill the disk the database and the logs share. ODJAVA_MIN_FREE_BYTES
// overrides it (read on the server, app/lib/evidence/store.ts).
export const DEFAULT_MIN_FREE_BYTES = 1024 ** 3;

// Browsers show these inline; the others (PDF, HEIC) are downloaded.
export const isPreviewable = (type: string) => type === "image/jpeg" || type === "image/png" || type === "image/webp";

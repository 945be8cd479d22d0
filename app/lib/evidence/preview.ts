import "server-only";
import sharp from "sharp";

// The small picture the submit and wait steps show of a photo receipt, instead of the photo
// itself: up to 5 MB each, so eight receipts were megabytes on a shop's weak signal for
// 64 px squares (issue 18). Made on request from the file as checked against its hash,
// never stored. WebP, PREVIEW_PIXELS square (64 CSS px at 2x), turned as the photo's EXIF
// says and without its metadata (sharp copies none unless told), so a phone's location does
// not travel in it.
export const PREVIEW_PIXELS = 128;

// A file of a few bytes can claim an image of billions of pixels: beyond this (above any
// phone camera's 50 MP) it is not decoded at all.
const MAX_INPUT_PIXELS = 50_000_000;

// No receipt stays in sharp's memory of recent operations.
sharp.cache(false);

// The preview, or null when the bytes are no picture sharp can read within the limit.
export async function previewOf(bytes: Uint8Array): Promise<Buffer | null> {
  try {
    return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize(PREVIEW_PIXELS, PREVIEW_PIXELS, { fit: "cover" })
      .webp({ quality: 60 })
      .toBuffer();
  } catch {
    return null;
  }
}

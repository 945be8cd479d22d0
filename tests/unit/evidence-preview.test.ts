// Previews of photo receipts (app/lib/evidence/preview.ts), made by sharp from real
// pictures and read back by sharp.
import { test } from "node:test";
import assert from "node:assert/strict";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { PREVIEW_PIXELS, previewOf } from "@/app/lib/evidence/preview";

const RED = { r: 220, g: 0, b: 0 };
const BLUE = { r: 0, g: 0, b: 220 };

// A 1600 x 800 photo, red on the left and blue on the right, as a camera held sideways
// stores it: EXIF orientation 6 says it is shown turned a quarter clockwise (red on top).
async function sidewaysPhoto() {
  const half = (background: typeof RED) =>
    sharp({ create: { width: 800, height: 800, channels: 3, background } })
      .png()
      .toBuffer();
  return sharp({ create: { width: 1600, height: 800, channels: 3, background: RED } })
    .composite([{ input: await half(BLUE), left: 800, top: 0 }])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

async function pixel(image: Buffer, x: number, y: number) {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return { r: data[at]!, g: data[at + 1]!, b: data[at + 2]! };
}
const reddish = (p: { r: number; b: number }) => p.r > 150 && p.b < 80;
const bluish = (p: { r: number; b: number }) => p.b > 150 && p.r < 80;

test("a photo's preview is a small WebP square, turned as the photo is shown, without the photo's metadata", async () => {
  const photo = await sidewaysPhoto();
  const stored = await sharp(photo).metadata();
  assert.deepEqual([stored.width, stored.height, stored.orientation, !!stored.exif], [1600, 800, 6, true], "the photo as stored");
  const preview = await previewOf(photo);
  assert.ok(preview);
  const meta = await sharp(preview).metadata();
  assert.equal(meta.format, "webp");
  assert.equal(meta.width, PREVIEW_PIXELS);
  assert.equal(meta.height, PREVIEW_PIXELS);
  assert.equal(meta.exif, undefined, "no EXIF");
  assert.ok(preview.byteLength < 5_000, `${preview.byteLength} bytes`);
  // Shown upright the photo is red above blue; the square is its middle.
  assert.ok(reddish(await pixel(preview, 10, 10)) && reddish(await pixel(preview, PREVIEW_PIXELS - 10, 10)), "red at the top");
  assert.ok(bluish(await pixel(preview, 10, PREVIEW_PIXELS - 10)) && bluish(await pixel(preview, PREVIEW_PIXELS - 10, PREVIEW_PIXELS - 10)), "blue below");
});

test("PNG and WebP photos get previews too", async () => {
  for (const format of ["png", "webp"] as const) {
    const photo = await sharp({ create: { width: 300, height: 500, channels: 3, background: BLUE } })
      [format]()
      .toBuffer();
    const meta = await sharp((await previewOf(photo))!).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ["webp", PREVIEW_PIXELS, PREVIEW_PIXELS], format);
  }
});

// A PNG whose header claims width x height, with the header's checksum made to match.
async function claimingPng(width: number, height: number) {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: RED } })
      .png()
      .toBuffer(),
  );
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

test("no preview of what is no picture, or of a small file claiming a huge one", async () => {
  assert.equal(await previewOf(Buffer.from("just some text, not a picture\n".repeat(20))), null);
  assert.equal(await previewOf(Buffer.alloc(0)), null);
  const bomb = await claimingPng(100_000, 100_000);
  assert.ok(bomb.byteLength < 200);
  const claimed = await sharp(bomb, { limitInputPixels: false }).metadata();
  assert.deepEqual([claimed.width, claimed.height], [100_000, 100_000], "the header says 10 gigapixels");
  assert.equal(await previewOf(bomb), null);
  // A real 60 MP picture of one colour is a small file too; decoded it would take 180 MB.
  const flat = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: BLUE } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  assert.ok(flat.byteLength < 1_000_000, `${flat.byteLength} bytes`);
  assert.equal(await previewOf(flat), null);
});

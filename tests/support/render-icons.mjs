// Renders the app's PNG icons and favicon.ico from app/icon.svg, the one drawing of the
// mark, in headless Chromium. Run it after changing the SVG and commit what it writes:
//   node tests/support/render-icons.mjs
// The build does not run it, so a build needs no browser.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("app/icon.svg", "utf8");
// The mark's background, taken from the SVG so the colour is written once for the icons.
const BRAND = svg.match(/<rect[^>]*fill="(#[0-9a-f]{6})"/i)[1];

// `scale` is how much of the square the mark fills; `fill` paints the square behind it.
// The apple-touch icon is opaque (iOS shows transparent corners as black and rounds the
// corners itself); a maskable icon keeps its mark inside the central circle of 80 %
// diameter that every launcher's mask leaves visible, so the mark is drawn at 80 %.
const OUTPUTS = [
  { file: "app/apple-icon.png", size: 180, fill: BRAND, scale: 1 },
  { file: "public/icons/icon-192.png", size: 192, scale: 1 },
  { file: "public/icons/icon-512.png", size: 512, scale: 1 },
  { file: "public/icons/maskable-512.png", size: 512, fill: BRAND, scale: 0.8 },
];
const FAVICON_SIZES = [16, 32, 48];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;

async function render(size, scale = 1, fill) {
  await page.setViewportSize({ width: size, height: size });
  const mark = Math.round(size * scale);
  await page.setContent(
    `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${fill ?? "transparent"}">` +
      `<img src="${src}" width="${mark}" height="${mark}" alt=""></body>`,
  );
  await page.locator("img").evaluate((img) => img.decode());
  return page.screenshot({ type: "png", omitBackground: !fill, clip: { x: 0, y: 0, width: size, height: size } });
}

mkdirSync("public/icons", { recursive: true });
for (const o of OUTPUTS) writeFileSync(o.file, await render(o.size, o.scale, o.fill));

// An ICO file is a directory of images; since Windows Vista every entry may be a whole
// PNG file, which every browser reads. Header: reserved 0, type 1 (icon), count; then one
// 16-byte entry per image (width, height, colours, reserved, planes, bits per pixel,
// byte length, offset), then the PNGs.
const pngs = [];
for (const size of FAVICON_SIZES) pngs.push(await render(size));
const header = Buffer.alloc(6 + 16 * pngs.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(pngs.length, 4);
let offset = header.length;
pngs.forEach((png, i) => {
  const e = 6 + 16 * i;
  header.writeUInt8(FAVICON_SIZES[i] % 256, e);
  header.writeUInt8(FAVICON_SIZES[i] % 256, e + 1);
  header.writeUInt16LE(1, e + 4);
  header.writeUInt16LE(32, e + 6);
  header.writeUInt32LE(png.length, e + 8);
  header.writeUInt32LE(offset, e + 12);
  offset += png.length;
});
writeFileSync("app/favicon.ico", Buffer.concat([header, ...pngs]));
await browser.close();

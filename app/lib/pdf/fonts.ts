import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

// Noto Sans covers Latin with Serbian letters (č ć š đ ž) and Cyrillic; Noto Sans SC the
// Chinese characters, which Noto Sans lacks (and Noto Sans SC lacks č ć š ž, so each
// run of text gets the font that has its letters: see document.ts).
//
// Parsed once per process and handed to pdfkit as fontkit fonts: given the files, pdfkit
// parses them again for every document, which was most of a summary's render time (a
// Chinese summary: about 250 ms cold per document before, see the README's Performance).
// pdfkit still makes a fresh subset per document, so each PDF embeds only its own glyphs.
// Each document gets its own view of a parsed font with an empty glyph cache: fontkit
// caches a glyph with the letters it was first looked up for, and a part of a composed
// glyph (the z in ž) is looked up with none, which would leave the z of every later
// document without its letter when the text is copied or read out (tests/unit/pdf-fonts).
const fontsDir = path.join(process.cwd(), "node_modules", "@expo-google-fonts");
const FILES = {
  regular: ["noto-sans", "400Regular", "NotoSans_400Regular.ttf"],
  bold: ["noto-sans", "700Bold", "NotoSans_700Bold.ttf"],
  cjk: ["noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf"],
  cjkBold: ["noto-sans-sc", "700Bold", "NotoSansSC_700Bold.ttf"],
} as const;
export type PdfFontName = keyof typeof FILES;

let parsed: [PdfFontName, fontkit.Font][] | null = null;

// Fonts for one document.
export function pdfFonts(): Record<PdfFontName, fontkit.Font> {
  parsed ??= Object.entries(FILES).map(([name, parts]) => [name as PdfFontName, fontkit.create(readFileSync(path.join(fontsDir, ...parts))) as fontkit.Font]);
  const view = (font: fontkit.Font): fontkit.Font => Object.assign(Object.create(font) as fontkit.Font, { _glyphs: {} });
  return Object.fromEntries(parsed.map(([name, font]) => [name, view(font)])) as Record<PdfFontName, fontkit.Font>;
}

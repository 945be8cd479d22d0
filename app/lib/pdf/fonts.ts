import { readFileSync } from "node:fs";
import path from "node:path";

// Read once per process; pdfkit embeds only the glyphs a document uses (subsetting).
// Noto Sans covers Latin with Serbian letters (č ć š đ ž) and Cyrillic; Noto Sans SC the
// Chinese characters, which Noto Sans lacks (and Noto Sans SC lacks č ć š ž, so each
// run of text gets the font that has its letters: see document.ts).
const fontsDir = path.join(process.cwd(), "node_modules", "@expo-google-fonts");
let cache: { regular: Buffer; bold: Buffer; cjk: Buffer; cjkBold: Buffer } | null = null;

export function pdfFonts() {
  cache ??= {
    regular: readFileSync(path.join(fontsDir, "noto-sans", "400Regular", "NotoSans_400Regular.ttf")),
    bold: readFileSync(path.join(fontsDir, "noto-sans", "700Bold", "NotoSans_700Bold.ttf")),
    cjk: readFileSync(path.join(fontsDir, "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf")),
    cjkBold: readFileSync(path.join(fontsDir, "noto-sans-sc", "700Bold", "NotoSansSC_700Bold.ttf")),
  };
  return cache;
}

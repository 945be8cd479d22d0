import { readFileSync } from "node:fs";
import path from "node:path";

// Read once per process; pdfkit embeds only the glyphs a document uses (subsetting).
// Noto Sans covers Latin with Serbian letters (č ć š đ ž) and Cyrillic.
const dir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
let cache: { regular: Buffer; bold: Buffer } | null = null;

export function pdfFonts() {
  cache ??= {
    regular: readFileSync(path.join(dir, "400Regular", "NotoSans_400Regular.ttf")),
    bold: readFileSync(path.join(dir, "700Bold", "NotoSans_700Bold.ttf")),
  };
  return cache;
}

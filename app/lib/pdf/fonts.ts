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
  const view = (name: PdfFontName, font: fontkit.Font): fontkit.Font => {
    const own = Object.assign(Object.create(font) as fontkit.Font, { _glyphs: {} });
    return Object.assign(own, { layout: sharedLayout(own, font, (layouts[name] ??= new Map())) });
  };
  return Object.fromEntries(parsed.map(([name, font]) => [name, view(name, font)])) as Record<PdfFontName, fontkit.Font>;
}

// Shaping a word (fontkit's layout: OpenType substitutions and positions) was half of a
// Chinese summary's CPU (45 of 95 ms in a profile; issue 18), done again for every
// document, though most words are the playbook's own and the same for everyone. Each
// word's layout is kept for the process, as glyph ids, the letters each stood for, and
// positions; a document gets its glyphs anew from its own view of the font (so no glyph
// object, and no letter of one, passes between documents, as above) and positions of its
// own (pdfkit scales them in place). Only pdfkit's default call, without features, is
// kept; the map is emptied when it grows past MAX_WORDS.
type Layout = ReturnType<fontkit.Font["layout"]>;
// The run's own fields but its glyphs and positions (script, language, direction, features)
// and its prototype (advanceWidth and the other getters), not the run: its glyphs would keep
// their document's whole view of the font alive.
type KeptLayout = { proto: object; fields: Partial<Layout>; ids: number[]; letters: number[][]; positions: Layout["positions"] };
const MAX_WORDS = 20_000;
const layouts: Partial<Record<PdfFontName, Map<string, KeptLayout>>> = {};

function sharedLayout(own: fontkit.Font, font: fontkit.Font, kept: Map<string, KeptLayout>): fontkit.Font["layout"] {
  const shape = font.layout.bind(own) as (text: string, ...rest: unknown[]) => Layout;
  return ((text: string, ...rest: unknown[]) => {
    if (rest.some((r) => r !== undefined)) return shape(text, ...rest);
    const hit = kept.get(text);
    if (!hit) {
      const run = shape(text);
      if (kept.size >= MAX_WORDS) kept.clear();
      kept.set(text, {
        proto: Object.getPrototypeOf(run) as object,
        fields: { script: run.script, language: run.language, direction: run.direction, features: run.features },
        ids: run.glyphs.map((g) => g.id),
        letters: run.glyphs.map((g) => [...g.codePoints]),
        positions: run.positions.map((p) => ({ ...p })),
      });
      return run;
    }
    const glyphs = hit.ids.map((id, i) => own.getGlyph(id, hit.letters[i]));
    return Object.assign(Object.create(hit.proto) as Layout, hit.fields, {
      glyphs,
      positions: hit.positions.map((p) => ({ ...p })),
    });
  }) as fontkit.Font["layout"];
}

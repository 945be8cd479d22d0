// Its own file, so its own process: the fonts are parsed once per process and shared by
// every document (app/lib/pdf/fonts.ts), and this test needs them untouched.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pdfText } from "@/tests/support/pdf";
import { createPdf } from "@/app/lib/pdf/document";
import { pdfFonts } from "@/app/lib/pdf/fonts";

// The letters pdftotext reads back (it places spaces and line breaks by position).
const lettersOf = (pdf: Buffer) => pdfText(pdf, { layout: false }).replace(/\s+/g, "");

async function pdfOf(text: string) {
  const pdf = createPdf("test");
  pdf.paragraph(text);
  return pdf.end();
}

// A glyph drawn from parts (ž is z and a caron) brings its parts into the font subset.
// The part must keep its letter in later documents: once "Razlog" came out of a letter as
// "Ra log", because the z had first been seen as a part of ž, with no letter of its own.
test("letters built from parts (ž) do not take the letter from their parts (z) in later documents", async () => {
  assert.equal(lettersOf(await pdfOf("ž Ž")), "žŽ");
  assert.equal(lettersOf(await pdfOf("Razlog: zahtev, Zrenjanin")), "Razlog:zahtev,Zrenjanin");
  assert.equal(lettersOf(await pdfOf("ž z Ž Z 王芳")), "žzŽZ王芳");
});

// Words are shaped once per process (app/lib/pdf/fonts.ts): a later document must get
// exactly what shaping the word again would give, with glyphs of its own.
test("a word shaped in one document is drawn in the next exactly as shaping it again would, with glyphs of that document's own", () => {
  const words = ["下一步的清单 ", "Razlog: ", "žurno ", "Захтев ", "Zrenjanin", "fi ", "王芳"];
  const first = pdfFonts();
  const before = Object.fromEntries(Object.entries(first).map(([name, font]) => [name, words.map((w) => font.layout(w))]));
  const second = pdfFonts();
  for (const [name, font] of Object.entries(second)) {
    const parsed = Object.getPrototypeOf(font) as typeof font;
    words.forEach((w, i) => {
      const kept = font.layout(w);
      const fresh = parsed.layout.call(font, w, []);
      const at = `${name} "${w}"`;
      assert.deepEqual(
        kept.glyphs.map((g) => [g.id, g.codePoints]),
        fresh.glyphs.map((g) => [g.id, g.codePoints]),
        at,
      );
      assert.deepEqual(
        kept.positions.map((p) => ({ ...p })),
        fresh.positions.map((p) => ({ ...p })),
        at,
      );
      assert.equal(kept.advanceWidth, fresh.advanceWidth, at);
      kept.glyphs.forEach((g, k) => assert.notEqual(g, before[name]![i]!.glyphs[k], `${at}: a glyph object of the first document`));
      // pdfkit scales a layout's positions in place: the kept ones must not change.
      for (const p of kept.positions) p.xAdvance *= 1000;
      assert.deepEqual(
        font.layout(w).positions.map((p) => p.xAdvance),
        fresh.positions.map((p) => p.xAdvance),
        `${at} after scaling`,
      );
    });
  }
});

test("letters read back from documents that reuse each other's words, in any order", async () => {
  assert.equal(lettersOf(await pdfOf("Razlog: zahtev, Zrenjanin 王芳")), "Razlog:zahtev,Zrenjanin王芳");
  assert.equal(lettersOf(await pdfOf("ž Ž Razlog: zahtev,")), "žŽRazlog:zahtev,");
  assert.equal(lettersOf(await pdfOf("Razlog: zahtev, ž Ž 王芳")), "Razlog:zahtev,žŽ王芳");
});

// Its own file, so its own process: the fonts are parsed once per process and shared by
// every document (app/lib/pdf/fonts.ts), and this test needs them untouched.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pdfText } from "@/tests/support/pdf";
import { createPdf } from "@/app/lib/pdf/document";

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

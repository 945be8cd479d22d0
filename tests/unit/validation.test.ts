import { test } from "node:test";
import assert from "node:assert/strict";
import { serbianMobileToE164, formatE164 } from "@/app/lib/phone";
import { NewCaseSchema, ToggleItemSchema } from "@/app/lib/cases/schemas";
import { answerFormSchema } from "@/app/lib/cases/fields";
import { SignUpSchema } from "@/app/lib/auth/schemas";

test("Serbian mobile numbers in any common spelling become E.164", () => {
  const table: [string, string | null][] = [
    ["064 123 4567", "+381641234567"],
    ["0641234567", "+381641234567"],
    ["+381 64 123 4567", "+381641234567"],
    ["00381641234567", "+381641234567"],
    ["060/123-4567", "+381601234567"],
    ["063 9863 123", "+381639863123"],
    ["011 123 4567", null], // Belgrade landline
    ["123", null],
    ["+44 7700 900123", null], // valid UK mobile, not Serbian
    ["", null],
    ["064 123 4567 <script>", null],
    ["9".repeat(40), null],
  ];
  for (const [input, expected] of table) assert.equal(serbianMobileToE164(input), expected, input);
  assert.equal(formatE164("+381641234567"), "+381 64 1234567");
});

const valid = { operator: "a1", phone: "064 123 4567", planType: "postpaid", contractEndDate: "2027-03-31" };

test("a valid new case parses, with the number normalised and an empty date dropped", () => {
  assert.deepEqual(NewCaseSchema.parse(valid), { ...valid, phone: "+381641234567" });
  assert.equal(NewCaseSchema.parse({ ...valid, contractEndDate: "" }).contractEndDate, undefined);
});

test("bad new-case input is refused on the right field", () => {
  const table: [Record<string, unknown>, string][] = [
    [{ operator: "telenor" }, "operator"],
    [{ operator: "" }, "operator"],
    [{ phone: "123" }, "phone"],
    [{ phone: "0".repeat(10_000) }, "phone"],
    [{ phone: 641234567 }, "phone"],
    [{ planType: "monthly" }, "planType"],
    [{ contractEndDate: "2026-02-30" }, "contractEndDate"],
    [{ contractEndDate: "2026-13-01" }, "contractEndDate"],
    [{ contractEndDate: "31.03.2027" }, "contractEndDate"],
    [{ contractEndDate: "1899-01-01" }, "contractEndDate"],
  ];
  for (const [patch, field] of table) {
    const r = NewCaseSchema.safeParse({ ...valid, ...patch });
    assert.equal(r.success, false, JSON.stringify(patch));
    assert.deepEqual(
      r.error?.issues.map((i) => i.path[0]),
      [field],
      JSON.stringify(patch),
    );
  }
});

test("sign-up wants a real email (normalised to lower case) and a 10 to 200 character password", () => {
  assert.equal(SignUpSchema.parse({ email: " Ana@Example.COM ", password: "x".repeat(10) }).email, "ana@example.com");
  assert.equal(SignUpSchema.safeParse({ email: "ana@", password: "x".repeat(10) }).success, false);
  assert.equal(SignUpSchema.safeParse({ email: "ana@example.com", password: "x".repeat(9) }).success, false);
  assert.equal(SignUpSchema.safeParse({ email: "ana@example.com", password: "x".repeat(201) }).success, false);
  assert.equal(SignUpSchema.safeParse({ email: `${"a".repeat(250)}@example.com`, password: "x".repeat(10) }).success, false);
});

test("ids must look like ids, and text must be well-formed Unicode (a lone surrogate no database stores)", () => {
  assert.ok(ToggleItemSchema.safeParse({ caseId: "cmww02o810001pf7dme67hrle", key: "twofa-bank", done: true }).success);
  for (const caseId of ["@ eG\ud800", "CMWW", "a b", "", "x".repeat(65), "../etc"]) {
    assert.equal(ToggleItemSchema.safeParse({ caseId, key: "twofa-bank", done: true }).success, false, caseId);
  }
  const letter = answerFormSchema("letter", "2026-11-25");
  const ok = { idDocument: "rs-id", reason: "other", letterPlace: "Niš" };
  assert.ok(letter.safeParse({ ...ok, holderName: "王芳 Đorđević 😀" }).success);
  assert.equal(letter.safeParse({ ...ok, holderName: "Ana \ud800" }).success, false);
  assert.equal(letter.safeParse({ ...ok, holderName: "Ana \udc00x" }).success, false);
});

// Browsers send a textarea's line breaks as CRLF, and the same letters may arrive composed
// or decomposed (macOS keyboards send "e" + U+0301): what is stored is LF and NFC, and the
// length limit counts what is stored.
const reply = answerFormSchema("reply", "2026-11-25");
const note = (answerNote: string) => reply.safeParse({ answerOn: "2026-11-24", answerNote });
const letter = answerFormSchema("letter", "2026-11-25");
const holder = (holderName: string) => letter.safeParse({ idDocument: "rs-id", reason: "other", letterPlace: "Niš", holderName });
const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);

test("a multi-line answer keeps its lines: CRLF and a lone CR are stored as LF", () => {
  assert.equal(note("Closing on 1 Dec.\r\nReference 42.").data?.answerNote, "Closing on 1 Dec.\nReference 42.");
  assert.equal(note("one\rtwo\nthree\r\n\r\nfour").data?.answerNote, "one\ntwo\nthree\n\nfour");
  assert.equal(note("\r\n  padded  \r\n").data?.answerNote, "padded");
});

test("text is stored in NFC, and its length limit counts the stored form", () => {
  assert.equal(holder("Rene\u0301 Đorđević").data?.holderName, "Ren\u00e9 Đorđević");
  assert.equal(note("Caf\u0065\u0301").data?.answerNote, "Caf\u00e9");
  // 2,000 UTF-16 units as sent, 1,000 letters once composed: at the limit of 1,000.
  assert.equal(note("e\u0301".repeat(1000)).data?.answerNote, "\u00e9".repeat(1000));
  assert.deepEqual(messages(note("e\u0301".repeat(1001))), ["errors.tooLong:1000"]);
  // 100 lines of 9 letters and CRLF: 1,100 as sent, 999 as stored.
  assert.equal(note("x".repeat(9).concat("\r\n").repeat(100)).data?.answerNote?.length, 999);
  assert.deepEqual(messages(holder("x".repeat(121))), ["errors.tooLong:120"]);
});

const BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029"];
const BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"];
const hex = (s: string) => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, "0")}`).join(" ");

test("a single-line field refuses every line break, even at its ends, with its own message", () => {
  for (const br of BREAKS) {
    for (const value of [`Ana${br}Petrović`, `Ana Petrović${br}`, `${br}Ana`]) {
      assert.deepEqual(messages(holder(value)), ["errors.lineBreak"], hex(value));
    }
  }
  // U+2028 and U+2029 are not line breaks a textarea sends, so a note refuses them too.
  assert.deepEqual(messages(note("one\u2028two")), ["errors.lineBreak"]);
  assert.deepEqual(messages(note("one\u2029two")), ["errors.lineBreak"]);
});

test("text refuses the invisible characters that change its direction, on one line and on many", () => {
  for (const c of BIDI) {
    assert.deepEqual(messages(holder(`Ana ${c}Petrović`)), ["errors.bidiControl"], hex(c));
    assert.deepEqual(messages(holder(`Ana Petrović${c}`)), ["errors.bidiControl"], hex(c));
    assert.deepEqual(messages(note(`line one\r\nline ${c}two`)), ["errors.bidiControl"], hex(c));
  }
  // Right-to-left letters themselves are text, and a tab is allowed as before.
  assert.equal(holder("سارا\tأحمد").data?.holderName, "سارا\tأحمد");
});

test("other control characters are refused as before, line feeds aside in a note", () => {
  for (const c of ["\u0000", "\u0007", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009b"]) {
    assert.deepEqual(messages(holder(`Ana${c}`)), ["errors.controlChars"], hex(c));
    assert.deepEqual(messages(note(`one${c}two`)), ["errors.controlChars"], hex(c));
  }
  // One message for a value, the first that applies.
  assert.deepEqual(messages(holder(`${"x".repeat(200)}\u0000`)), ["errors.controlChars"]);
  assert.deepEqual(messages(holder(`\u202e${"x".repeat(200)}\n`)), ["errors.lineBreak"]);
});

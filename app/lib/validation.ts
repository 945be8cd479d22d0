import { z } from "zod";

// Checks every input shares, whatever it belongs to. Error messages are message keys
// ("errors.x", or "errors.x:120" for one value); actions translate them
// (app/lib/actions/form-state.ts).

// Record ids are cuids or random hex: lower-case letters and digits. Anything else (a lone
// surrogate or a NUL byte included, which no database accepts) is refused before a query
// is built.
export const RecordId = z.string().regex(/^[a-z0-9]{1,64}$/);

// "YYYY-MM-DD" that names a real day (no 2026-02-30), within a sane range. One message
// per bad value, the most useful one.
export const calendarDate = z.string().superRefine((s, ctx) => {
  const say = (message: string) => ctx.addIssue({ code: "custom", message });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return say("errors.dateFormat");
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return say("errors.dateInvalid");
  if (s < "2000-01-01" || s > "2100-12-31") say("errors.dateRange");
});

// Free text a person types, as stored: line breaks LF (browsers send a textarea's as CRLF),
// Unicode NFC (so "é" typed as e + U+0301 is the same name as "é"), trimmed, and at most
// `max` characters of that. Checked before trimming, so a character the trim would drop
// still refuses the value. Refused: control characters but tab (and LF where lines are
// allowed), text that is not well-formed UTF-16, line breaks in a single-line field
// (a name or a place goes into a letter's line), and the invisible bidi controls, which
// can make what is shown read otherwise than what is stored ("gpj.exe" as "exe.jpg").
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function freeText(max: number, lines: "one" | "many") {
  return z
    .string()
    .overwrite((s) => (lines === "many" ? s.replace(/\r\n?/g, "\n") : s).normalize("NFC"))
    .superRefine((s, ctx) => {
      // `continue: false`: one message a value, so a long text with a control character is not also "too long".
      const say = (message: string) => ctx.addIssue({ code: "custom", message, continue: false });
      if (LINE_BREAK.test(lines === "many" ? s.replace(/\n/g, "") : s)) return say("errors.lineBreak");
      if (BIDI_CONTROL.test(s)) return say("errors.bidiControl");
      if (CONTROL.test(s) || !s.isWellFormed()) say("errors.controlChars");
    })
    .trim()
    .max(max, `errors.tooLong:${max}`);
}

// A line: names, places, reference numbers (an <input>).
export const singleLineText = (max: number) => freeText(max, "one");

// An account number for a refund, checked loosely as an IBAN of any country (a foreign one
// is fine): 2 letters, 2 digits, 11-30 letters or digits; spaces between groups allowed, and
// stored without them, in capitals. The check digits are not verified.
export const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
export const ibanText = (max: number) =>
  freeText(max, "one")
    .transform((s) => s.replace(/ /g, "").toUpperCase())
    .refine((s) => s === "" || IBAN.test(s), "errors.iban");

// A whole amount or count as people type it: digits, with spaces, dots or commas between
// groups of three ("1.500", "1 500", "12,000" are all 1500; RSD and months have no
// fractions, so "12,5" is refused rather than guessed). Stored as plain digits.
const GROUPED = /^\d{1,3}([ .,\u00a0\u202f]\d{3})+$/;
export const wholeNumber = (max: number) =>
  freeText(20, "one")
    .refine((s) => /^\d+$/.test(s) || GROUPED.test(s), "errors.wholeNumber")
    .transform((s) => String(Number(s.replace(/\D/g, ""))))
    .refine((s) => Number(s) <= max, `errors.numberTooLarge:${max}`);

// An IBAN as people read it: groups of four.
export const formatIban = (iban: string) => iban.replace(/(.{4})(?=.)/g, "$1 ");
// Lines of text: notes (a <textarea>).
export const multiLineText = (max: number) => freeText(max, "many");

// An empty field clears what was stored.
export const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

// A path inside this site to come back to (after signing in, after switching the language);
// anything else becomes `fallback`. Browsers drop tabs and line breaks from a Location
// header and read a backslash as a slash, so "/\t/evil.example" would leave the site:
// control characters and backslashes are refused outright, and what is left must resolve
// to this site. The answer is re-serialised, so non-ASCII is percent-encoded (a raw one
// cannot go into a header).
const HERE = "http://odjava.invalid";
export function safeReturnPath(value: unknown, fallback = "/cases"): string {
  if (typeof value !== "string" || value.length > 2000 || !value.startsWith("/")) return fallback;
  if (/[\u0000-\u0020\u007f\\]/.test(value) || value.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return fallback;
  }
  return url.origin === HERE ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

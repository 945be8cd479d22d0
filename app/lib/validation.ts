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

// Free text a person types: trimmed, at most `max` characters, well-formed, no control
// characters but tab and line feed.
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `errors.tooLong:${max}`)
    .refine((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s) && s.isWellFormed(), "errors.controlChars");

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

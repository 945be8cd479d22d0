// What the server writes to its logs must not say who anyone is: e-mail addresses and
// phone numbers are replaced wherever they appear (errors from libraries included).
const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;
// International (+381 …, 00381 …) and Serbian national (06x …) numbers, with spaces,
// dashes, dots or slashes between digits.
const PHONE = /(?:\+|\b00)\d[\d\s./-]{6,}\d|\b0\d{2}[\s./-]?\d{3}[\s./-]?\d{3,4}\b/g;

export function redact(text: string): string {
  return text.replace(EMAIL, "[email]").replace(PHONE, "[phone]");
}

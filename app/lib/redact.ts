// What the server writes to its logs must not say who anyone is: e-mail addresses and
// phone numbers are replaced wherever they appear (errors from libraries included).
// Every console line passes through here (instrumentation.ts), and a client can make a
// line long (a header, a field), so the work is linear in the line and the line is cut.

export const MAX_LOG_LINE = 4000;

// Not part of an address: white space, @, quotes, brackets and list punctuation.
const OUTSIDE = /[\s@"'<>(),;:]/;

// An address is the run of address characters on each side of an @, with a dot inside the
// domain's run. Each run is scanned at most twice (it ends at the next @ either way), so
// this is linear where a regular expression with two unbounded runs backtracked
// quadratically (80,000 characters took 8.7 s).
function redactEmails(text: string): string {
  let out = "";
  let done = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > done && !OUTSIDE.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && !OUTSIDE.test(text[end]!)) end++;
    const domain = text.slice(at + 1, end);
    if (start < at && /.\../.test(domain)) {
      out += `${text.slice(done, start)}[email]`;
      done = end;
      at = end - 1;
    }
  }
  return out + text.slice(done);
}

// Phone numbers, every quantifier bounded (a number is at most 20 characters): international
// (+381 …, 00381 …, also with "(0)"), 381 without the plus, and national (06x …, (064) …),
// with spaces, dashes, dots or slashes between digits.
const PHONE = [
  /(?:\+|\b00)\d(?:[\s./-]{0,2}(?:\(0\))?[\s./-]{0,2}\(?\d\)?){6,14}/g,
  /\b381[\s./-]?\(?0?\)?[\s./-]?6\d(?:[\s./-]?\d){6,8}\b/g,
  /(?:\(0\d{1,2}\)|\b0\d{1,2})(?:[\s./-]?\d){6,8}\b/g,
];

export function redact(line: string): string {
  const cut = line.length > MAX_LOG_LINE ? `${line.slice(0, MAX_LOG_LINE)} [${line.length - MAX_LOG_LINE} more characters]` : line;
  return PHONE.reduce((text, pattern) => text.replace(pattern, "[phone]"), redactEmails(cut));
}

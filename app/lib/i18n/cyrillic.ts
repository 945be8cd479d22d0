// Serbian Latin -> Serbian Cyrillic. The Cyrillic messages (sr-Cyrl) and the Cyrillic
// Serbian documents are made from the Latin text by this module, never written twice, so
// a message added in sr-Latn.ts is Cyrillic at once. Serbian Latin maps to Cyrillic letter
// for letter (Vuk's alphabet) except for the digraphs lj, nj, dž, which are one letter each
// (љ, њ, џ) save in a few words where a prefix meets a root (nad|živeti, in|jekcija).
// What is not Serbian stays as it is: brand and operator names, abbreviations used as
// codes, URLs, e-mail addresses, anything with a digit (codes, IBANs, numbers), message
// placeholders and rich-text tags, and any text the caller names (a person's name).

// prettier-ignore
const LETTERS: Record<string, string> = {
  a: "а", b: "б", c: "ц", č: "ч", ć: "ћ", d: "д", đ: "ђ", e: "е", f: "ф", g: "г", h: "х", i: "и", j: "ј", k: "к", l: "л",
  m: "м", n: "н", o: "о", p: "п", r: "р", s: "с", š: "ш", t: "т", u: "у", v: "в", z: "з", ž: "ж",
};
const DIGRAPHS: Record<string, string> = { lj: "љ", nj: "њ", dž: "џ" };
// The Unicode digraph letters (ǉ ǈ Ǉ ...), rare but unambiguous.
const LIGATURES: Record<string, string> = { ǉ: "љ", ǈ: "Љ", Ǉ: "Љ", ǌ: "њ", ǋ: "Њ", Ǌ: "Њ", ǆ: "џ", ǅ: "Џ", Ǆ: "Џ" };

// Names that stay in Latin script in Cyrillic text, with the forms the messages inflect
// them in (a suffix after a hyphen, as in "RATEL-a", is Serbian and is transliterated).
// prettier-ignore
export const KEPT_NAMES: readonly string[] = [
  "Odjava", "Odjave", "Odjavi", "Odjavu", "Odjavom",
  "Yettel", "A1", "mts", "Globaltel", "Telenor", "Vip", "RATEL",
  "eUprava", "eUprave", "eUpravi", "eUpravu", "eUpravom", "ConsentID",
  "WhatsApp", "Viber", "WeChat", "Alipay", "Telegram", "Google", "Apple", "iPhone", "Android",
];
// Abbreviations read as codes (file types, hashes, date patterns, currencies), kept in Latin.
// SIM is not among them: Serbian Cyrillic writes СИМ картица.
// prettier-ignore
export const KEPT_ABBREVIATIONS: readonly string[] = [
  "SMS", "PDF", "PIN", "PUK", "IBAN", "JMBG", "EBS", "ZEK", "POA", "RSD", "EUR",
  "PNG", "JPEG", "HEIC", "HEIF", "WebP", "JSON", "SHA", "ICS", "YYYY", "MM", "DD", "QR", "USB", "ID",
];
const KEPT = new Set([...KEPT_NAMES, ...KEPT_ABBREVIATIONS]);

// Words where "nj" or "dž" are two letters (a prefix ending in n/d before a root in j/ž),
// given as stems with "|" where the letters part; matched anywhere in a word, any case.
// prettier-ignore
export const SPLIT_DIGRAPHS: readonly string[] = [
  "nad|živ", "nad|žnje", "od|žal", "od|živ", "pod|žanr", "pod|žup", "pred|žet",
  "in|jekc", "in|jekt", "in|jun", "kon|junk", "kon|jug", "kon|jekt", "van|jez", "pan|jugo",
];
const SPLITS = SPLIT_DIGRAPHS.map((s) => ({ stem: s.replace("|", ""), at: s.indexOf("|") }));

// URLs (with a scheme or a bare domain with a path-free TLD we meet), e-mail addresses.
const PROTECTED =
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|https?:\/\/[^\s<>"]*[^\s<>".,;:!?)]|\b(?:[a-z0-9-]+\.)+(?:rs|com|org|net|eu|srb|info|io)\b(?:\/[^\s<>"]*[^\s<>".,;:!?)])?/giu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

// One word, letter by letter. A digraph's capital is one capital (Lj -> Љ, LJ -> Љ).
function word(w: string): string {
  if (KEPT.has(w) || /\p{N}/u.test(w) || !LATIN.test(w)) return w;
  const lower = w.toLowerCase();
  const split = new Set<number>();
  for (const { stem, at } of SPLITS) {
    for (let i = lower.indexOf(stem); i >= 0; i = lower.indexOf(stem, i + 1)) split.add(i + at);
  }
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const pair = lower.slice(i, i + 2);
    if (DIGRAPHS[pair] && !split.has(i + 1)) {
      const cy = DIGRAPHS[pair]!;
      out += isUpper(ch) ? cy.toUpperCase() : cy;
      i++;
      continue;
    }
    if (LIGATURES[ch]) {
      out += LIGATURES[ch];
      continue;
    }
    const cy = LETTERS[ch.toLowerCase()];
    out += cy === undefined ? ch : isUpper(ch) ? cy.toUpperCase() : cy;
  }
  return out;
}

function plain(text: string): string {
  return text.replace(WORD, word);
}

// Plain text (a document's Serbian line). `keep`: texts to leave exactly as they are, such
// as a name the person typed (a foreign name has no Serbian reading).
export function toCyrillic(text: string, keep: readonly (string | null | undefined)[] = []): string {
  const kept = keep.map((k) => k?.trim().normalize("NFC")).filter((k): k is string => !!k);
  const source = text.normalize("NFC");
  let out = "";
  let last = 0;
  const spans: [number, number][] = [];
  for (const m of source.matchAll(PROTECTED)) spans.push([m.index, m.index + m[0].length]);
  for (const k of kept) for (let i = source.indexOf(k); i >= 0; i = source.indexOf(k, i + k.length)) spans.push([i, i + k.length]);
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  for (const [from, to] of spans) {
    if (from < last) continue;
    out += plain(source.slice(last, from)) + source.slice(from, to);
    last = to;
  }
  return out + plain(source.slice(last));
}

// A message in ICU MessageFormat: the literal text is transliterated; argument names,
// their types and plural/select keys, `#` and rich-text tags (<b>, </link>) stay.
export function messageToCyrillic(message: string): string {
  let out = "";
  let i = 0;
  const literal = (until: number) => {
    const part = message.slice(i, until);
    out += part.replace(/<\/?[A-Za-z][\w-]*\s*\/?>|[^<]+|</g, (m) => (m.startsWith("<") && m.length > 1 ? m : toCyrillic(m)));
    i = until;
  };
  while (i < message.length) {
    const open = message.indexOf("{", i);
    if (open < 0) break;
    literal(open);
    i = argument(message, open, (s) => (out += s));
  }
  literal(message.length);
  return out;
}

// One {argument} from `start`; returns the index after its closing brace. Simple arguments
// ({date}, {n, number}) are copied; plural/select options have their messages transliterated.
function argument(message: string, start: number, emit: (s: string) => void): number {
  const close = matching(message, start);
  const body = message.slice(start + 1, close);
  const head = body.split(",");
  const type = head[1]?.trim();
  if (type !== "plural" && type !== "select" && type !== "selectordinal") {
    emit(message.slice(start, close + 1));
    return close + 1;
  }
  // "{name, plural, offset:1 =0 {...} one {...}}": everything up to each option's "{" is
  // keys; each option's message is transliterated recursively.
  const optionsFrom = start + 1 + head[0]!.length + 1 + head[1]!.length + 1;
  emit(message.slice(start, optionsFrom));
  let i = optionsFrom;
  while (i < close) {
    const open = message.indexOf("{", i);
    if (open < 0 || open > close) break;
    const end = matching(message, open);
    emit(message.slice(i, open + 1) + messageToCyrillic(message.slice(open + 1, end)) + "}");
    i = end + 1;
  }
  emit(message.slice(i, close + 1));
  return close + 1;
}

function matching(message: string, open: number): number {
  let depth = 0;
  for (let i = open; i < message.length; i++) {
    if (message[i] === "{") depth++;
    else if (message[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message: ${message}`);
}

// Every string of a message tree, transliterated (the shape is kept, keys too).
export function messagesToCyrillic<M>(messages: M): M {
  const walk = (v: unknown): unknown =>
    typeof v === "string" ? messageToCyrillic(v) : Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x)]));
  return walk(messages) as M;
}

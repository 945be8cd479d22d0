import { test } from "node:test";
import assert from "node:assert/strict";
import { KEPT_ABBREVIATIONS, KEPT_NAMES, SPLIT_DIGRAPHS, messageToCyrillic, messagesToCyrillic, toCyrillic } from "@/app/lib/i18n/cyrillic";
import { MESSAGES } from "@/app/lib/i18n/translator";
import srLatn from "@/app/lib/i18n/messages/sr-Latn";
import { LOCALES } from "@/app/lib/i18n/locales";
import { inScript, scriptFrom } from "@/app/lib/documents/script";
import { letterText } from "@/app/lib/documents/letter";
import { translator } from "@/app/lib/i18n/translator";
import { caseFacts } from "@/tests/support/facts";
import { ERROR_TEXT } from "@/app/ui/error-text";

const leaves = (o: object, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]): [string, string][] => (typeof v === "string" ? [[`${prefix}${k}`, v]] : leaves(v as object, `${prefix}${k}.`)));

// Every letter of the alphabet, and the three digraphs as one letter, in each case.
test("each Serbian Latin letter becomes its Cyrillic letter; lj, nj, dž are one letter, in lower, title and upper case", () => {
  const table: [string, string][] = [
    ["abvgdđežzijklljmnnjoprstćufhcčdžš", "абвгдђежзијклљмнњопрстћуфхцчџш"],
    ["ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ", "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ"],
    ["LJUBAV", "ЉУБАВ"],
    ["Ljubav", "Љубав"],
    ["ljubav", "љубав"],
    ["NJEGOŠ Njegoš njegov", "ЊЕГОШ Његош његов"],
    ["DŽEP Džep džep", "ЏЕП Џеп џеп"],
    ["Đorđe ĐURĐEVDAN", "Ђорђе ЂУРЂЕВДАН"],
    ["čаćа", "чаћа"],
    // Decomposed diacritics (a č typed as c + combining caron) read the same.
    ["c\u030Cas\u030Ca", "чаша"],
    // The Unicode digraph letters.
    ["ǉubav ǈubav ǊEGOŠ ǆep", "љубав Љубав ЊЕГОШ џеп"],
    // "dj" is two letters (Odjava is Од-јава; đ is the letter ђ).
    ["odjava nadjačati", "одјава надјачати"],
  ];
  for (const [latin, cyrillic] of table) assert.equal(toCyrillic(latin), cyrillic, latin);
});

test("nj and dž stay two letters where a prefix meets a root (the declared exceptions)", () => {
  const table: [string, string][] = [
    ["nadživeti", "надживети"],
    ["Nadživeo je sve", "Надживео је све"],
    ["NADŽIVETI", "НАДЖИВЕТИ"],
    ["podžanr", "поджанр"],
    ["odžaliti", "оджалити"],
    ["injekcija", "инјекција"],
    ["Injekcija", "Инјекција"],
    ["konjunkcija", "конјункција"],
    ["konjugacija", "конјугација"],
    ["vanjezički", "ванјезички"],
    // ... and only there: the same letters elsewhere are one letter.
    ["konj", "коњ"],
    ["kanjon", "кањон"],
    ["odžak", "оџак"],
    ["nadžak", "наџак"],
  ];
  for (const [latin, cyrillic] of table) assert.equal(toCyrillic(latin), cyrillic, latin);
  for (const stem of SPLIT_DIGRAPHS) assert.match(stem, /^[a-zčćđšž]+\|[a-zčćđšž]+$/, stem);
});

test("real phrases from the messages", () => {
  const table: [string, string][] = [
    ["Ugasite srpsku SIM karticu ili raskinite ugovor, kako treba.", "Угасите српску СИМ картицу или раскините уговор, како треба."],
    ["Preskočite na sadržaj", "Прескочите на садржај"],
    ["Zaboravili ste lozinku?", "Заборавили сте лозинку?"],
    ["Isecite SIM karticu preko čipa i bacite je", "Исеците СИМ картицу преко чипа и баците је"],
    ["Poštovani,", "Поштовани,"],
    ["Zahtev za raskid ugovora", "Захтев за раскид уговора"],
    ["S poštovanjem,", "С поштовањем,"],
    ["Punomoćje", "Пуномоћје"],
    ["PUNOMOĆJE", "ПУНОМОЋЈЕ"],
    ["Lična karta / pasoš", "Лична карта / пасош"],
    ["Došao/la sam da podnesem zahtev", "Дошао/ла сам да поднесем захтев"],
    [
      "Molim Vas da mi pisanim putem potvrdite prijem ovog zahteva, raskid ugovora i datum isključenja broja.",
      "Молим Вас да ми писаним путем потврдите пријем овог захтева, раскид уговора и датум искључења броја.",
    ],
    ["u skladu sa članom 131. Zakona o elektronskim komunikacijama", "у складу са чланом 131. Закона о електронским комуникацијама"],
    ["Službeni glasnik RS, br. 35/2023", "Службени гласник РС, бр. 35/2023"],
    ["Yettel d.o.o. Beograd", "Yettel д.о.о. Београд"],
    ["Telekom Srbija a.d., Dubrovačka 35, 11000 Beograd", "Телеком Србија а.д., Дубровачка 35, 11000 Београд"],
  ];
  for (const [latin, cyrillic] of table) assert.equal(toCyrillic(latin), cyrillic, latin);
});

test("brands, abbreviations, URLs, e-mail addresses, codes and numbers stay as they are", () => {
  const table: [string, string][] = [
    [
      "Ako operator ne odgovori, možete podneti prigovor regulatoru RATEL onlajn na portal.ratel.rs, e-poštom na ratel@ratel.rs.",
      "Ако оператор не одговори, можете поднети приговор регулатору RATEL онлајн на portal.ratel.rs, е-поштом на ratel@ratel.rs.",
    ],
    [
      "Pogledajte https://www.mts.rs/privatni/korisnicka-zona/racun/prigovor ili A1.",
      "Погледајте https://www.mts.rs/privatni/korisnicka-zona/racun/prigovor или A1.",
    ],
    ["Prebacite WhatsApp i Viber na novi broj", "Пребаците WhatsApp и Viber на нови број"],
    ["Promenite broj telefona na eUpravi", "Промените број телефона на eUpravi"],
    // A Serbian case ending after a hyphen is Serbian; the abbreviation before it is not.
    ["kodovi koji se SMS-om šalju, prigovor RATEL-u", "кодови који се SMS-ом шаљу, приговор RATEL-у"],
    ["račun IBAN RS35260005601001611379", "рачун IBAN RS35260005601001611379"],
    ["Odjava vas vodi korak po korak; PDF rezime", "Odjava вас води корак по корак; PDF резиме"],
    ["Yettel, A1, mts i Globaltel", "Yettel, A1, mts и Globaltel"],
    ["Unesite datum u obliku YYYY-MM-DD.", "Унесите датум у облику YYYY-MM-DD."],
    ["SHA-256 otisak; JPEG, PNG, WebP ili HEIC", "SHA-256 отисак; JPEG, PNG, WebP или HEIC"],
    ["Pozovite 063 9000 ili +381 64 123 4567", "Позовите 063 9000 или +381 64 123 4567"],
    ["npr. name@example.com.", "нпр. name@example.com."],
  ];
  for (const [latin, cyrillic] of table) assert.equal(toCyrillic(latin), cyrillic, latin);
  // Text already in Cyrillic, and text with no letters, is left alone.
  assert.equal(toCyrillic("Љубав 2026."), "Љубав 2026.");
  // What the person typed (a name) stays as typed; the rest is Cyrillic.
  assert.equal(toCyrillic("Ja, John Smith, broj lične karte", ["John Smith", null, ""]), "Ја, John Smith, број личне карте");
});

test("placeholders, plural and select syntax and rich-text tags are kept; the words inside them are not", () => {
  const table: [string, string][] = [
    ["Završeno {done} od {total}", "Завршено {done} од {total}"],
    ["Još {days, plural, one {# dan} few {# dana} other {# dana}}.", "Још {days, plural, one {# дан} few {# дана} other {# дана}}."],
    [
      "({months, plural, =0 {manje od mesec dana} one {oko # mesec} other {oko # meseci}})",
      "({months, plural, =0 {мање од месец дана} one {око # месец} other {око # месеци}})",
    ],
    [
      "Zahtev podnet{channel, select, shop { u poslovnici} email { e-poštom} other {}}: {date}",
      "Захтев поднет{channel, select, shop { у пословници} email { е-поштом} other {}}: {date}",
    ],
    ["{kind, select, pdf {Sken (PDF) potvrde} other {Fotografija}}", "{kind, select, pdf {Скен (PDF) потврде} other {Фотографија}}"],
    ["<b>Važno:</b> pročitajte <link>uslove</link>.", "<b>Важно:</b> прочитајте <link>услове</link>."],
    ["Iznos {amount, number} RSD", "Износ {amount, number} RSD"],
  ];
  for (const [latin, cyrillic] of table) assert.equal(messageToCyrillic(latin), cyrillic, latin);
});

// Latin left in a transliterated message must be one of the declared exceptions: a kept
// name or abbreviation (maybe with a Cyrillic case ending), a URL or e-mail address,
// something with a digit, or ICU syntax (argument names, types, option keys).
const KEPT = new Set<string>([...KEPT_NAMES, ...KEPT_ABBREVIATIONS]);
function strayLatin(message: string): string[] {
  const withoutSyntax = message
    .replace(/\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/g, "{")
    .replace(/(?:=\d+|\b[a-z]+)\s*\{/g, "{")
    .replace(/\{\s*\w+\s*(,\s*\w+\s*)?\}/g, "")
    .replace(/<\/?\w+>/g, "");
  return [...withoutSyntax.matchAll(/[\p{L}\p{N}._@%+/:-]*\p{Script=Latin}[\p{L}\p{N}._@%+/:-]*/gu)]
    .map((m) => m[0].replace(/[.:,/-]+$/, ""))
    .filter((w) => {
      if (/\p{N}/u.test(w)) return false;
      if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(w) || /^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(\/\S*)?$/i.test(w)) return false;
      const parts = w.split("-");
      return !(KEPT.has(parts[0]!) && parts.slice(1).every((s) => KEPT.has(s) || /^\p{Script=Cyrillic}+$/u.test(s)));
    });
}

test("transliterating every sr-Latn message leaves no Latin letter but the declared exceptions", () => {
  const cyrl = leaves(MESSAGES["sr-Cyrl"]);
  assert.ok(cyrl.length > 500, `${cyrl.length} messages`);
  const stray = cyrl.flatMap(([key, m]) => strayLatin(m).map((w) => `${key}: ${w}`));
  assert.deepEqual(stray, []);
  // The check can fail: a Latin word that is no exception is found.
  assert.deepEqual(strayLatin("Ово је Latin"), ["Latin"]);
  assert.deepEqual(strayLatin("{days, plural, one {# дан} other {# дана}} RATEL-у SMS-om"), ["SMS-om"]);
});

test("sr-Cyrl has every key of sr-Latn with the same placeholders, and is made from it", () => {
  const latn = leaves(srLatn);
  const cyrl = new Map(leaves(MESSAGES["sr-Cyrl"]));
  assert.ok(LOCALES.includes("sr-Cyrl"));
  assert.equal(cyrl.size, latn.length);
  const args = (m: string) => [...m.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((x) => x[1]).sort();
  for (const [key, m] of latn) {
    const c = cyrl.get(key);
    assert.equal(typeof c, "string", key);
    assert.deepEqual(args(c!), args(m), key);
    assert.equal(c, messageToCyrillic(m), key);
  }
  assert.deepEqual(messagesToCyrillic({ a: { b: "Jezik" } }), { a: { b: "Језик" } });
  // Formatting with the Cyrillic translator gives Cyrillic month names and plural forms.
  const t = translator("sr-Cyrl");
  assert.equal(t("common.doneOfTotal", { done: 2, total: 5 }), "Завршено 2 од 5");
  assert.match(new Intl.DateTimeFormat("sr-Cyrl-RS", { dateStyle: "long", timeZone: "UTC" }).format(new Date("2026-11-20")), /новембар/);
});

test("the letter's Serbian text in Cyrillic keeps the person's name as typed; ?script= picks the script", () => {
  const facts = caseFacts();
  const input = { answers: facts, phoneE164: "+381641234567", holderName: "John Smith", letterPlace: "Niš", reason: "cost", date: "2026-11-20" };
  const latin = letterText(input, translator("sr-Cyrl"), "sr-Cyrl", "x");
  assert.equal(latin.translation, null, "a Serbian reader gets no translation");
  const letter = inScript(latin, "cyrl", ["John Smith"]);
  assert.equal(letter.sr.title, "Захтев за раскид уговора");
  assert.equal(letter.sr.sender[0], "John Smith");
  assert.equal(letter.sr.placeAndDate, "Ниш, 20.11.2026.");
  assert.equal(letter.sr.closing, "С поштовањем,");
  assert.ok(
    letter.sr.body.every((p) => !/[a-zčćđšž]{3}/.test(p.replace(/\+?[\d ]+/g, ""))),
    letter.sr.body.join("\n"),
  );
  // The English reader's translation is untouched by the Serbian script.
  const en = inScript(letterText(input, translator("en"), "en", "x"), "cyrl", []);
  assert.equal(en.translation?.closing, translator("en")("letter.closing"));
  assert.equal(scriptFrom("http://x/cases/1/letter.pdf?script=cyrl", "en"), "cyrl");
  assert.equal(scriptFrom("http://x/cases/1/letter.pdf?script=latn", "sr-Cyrl"), "latn");
  assert.equal(scriptFrom("http://x/cases/1/letter.pdf", "sr-Cyrl"), "cyrl");
  assert.equal(scriptFrom("http://x/cases/1/letter.pdf?script=<x>", "sr-Latn"), "latn");
});

test("the error boundary's Serbian Cyrillic, written out to keep the transliterator off every page, is the transliteration of its Latin", () => {
  assert.deepEqual(
    ERROR_TEXT["sr-Cyrl"],
    ERROR_TEXT["sr-Latn"]!.map((s) => toCyrillic(s)),
  );
  // Every language the app speaks has its sentences.
  for (const locale of LOCALES) assert.equal(ERROR_TEXT[locale]?.length, 3, locale);
});

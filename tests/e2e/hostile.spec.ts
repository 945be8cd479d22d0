import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { test, expect, personIn, type Person } from "@/tests/support/fixtures";
import fc from "fast-check";
import { actionForm, actionId, actionsInBuild, createCase, newPage, PASSWORD, type ActionField } from "@/tests/support/ui";
import { fingerprint, query } from "@/tests/support/db";
import { REMINDER_KINDS } from "@/app/lib/vocabulary";
import { LOCALES } from "@/app/lib/i18n/locales";
import { ANSWER_FIELDS, ANSWER_FORMS, ANSWER_FORM_NAMES, type AnswerField, type FieldKind, type FieldUse } from "@/app/lib/cases/fields";

// Hostile input: every server action in the build gets RUNS malformed inputs over HTTP,
// encoded as the browser encodes them (multipart form data, or React's JSON reply).
// Each must answer with a validation error (never a server error) and write nothing:
// the whole database is hashed after every single request and must not change.

const RUNS = 200;

// ---- generators -------------------------------------------------------------------

const FRAGMENTS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1",
  '\'; DROP TABLE "User"; --',
  '1 UNION SELECT * FROM "Case"',
  "${7*7}",
  "{{constructor.constructor('return 1')()}}",
  "../../../etc/passwd",
  "\u0000",
  "\u202eevil",
  "\ud800",
  "null",
  "undefined",
  "[]",
  "{}",
  "true",
  "-1",
  "1e309",
  "NaN",
  "__proto__",
  "$K1",
  "$@0",
];
const controlChars = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 20 });
const huge = fc.integer({ min: 1_001, max: 300_000 }).map((n) => "x".repeat(n));
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(...FRAGMENTS),
  controlChars,
  huge,
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...FRAGMENTS)).map(([a, b]) => a + b),
);
const impossibleDate = fc.oneof(
  fc.constantFrom(
    "2026-02-30",
    "2025-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "9999-99-99",
    "0000-00-00",
    "1999-12-31",
    "2101-01-01",
    "2026-1-1",
    "2026/11/05",
    "05.11.2026",
    "2026-11-05T00:00:00Z",
    "tomorrow",
    " 2026-11-05x",
  ),
  hostileString.filter((s) => !/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(s)),
);

// A value in a form field: a string, a file instead of text, or the field left out.
type FieldValue = string | { file: string; binary?: boolean } | undefined;
const asFile = hostileString.map((s) => ({ file: s.slice(0, 5000) }));
const anyField: fc.Arbitrary<FieldValue> = fc.oneof(hostileString, asFile, fc.constant(undefined));

// Where a redirect may lead: this site only. Checked with the URL parser browsers use
// (which drops tabs and line breaks, and reads a backslash as a slash), not with the
// app's own helper.
function sameSite(location: string): boolean {
  const base = new URL(test.info().project.use.baseURL!);
  return URL.canParse(location, base) && new URL(location, base).origin === base.origin;
}
// Return paths and Referers an attacker would try: other sites spelled every way, with
// control characters, non-ASCII and plain junk; and some that are not URLs at all.
const OFF_SITE = [
  "//evil.example/x",
  "/\\evil.example/x",
  "\\\\evil.example",
  "/\t/evil.example/x",
  "/\n/evil.example",
  "https://evil.example/",
  "http:evil.example",
  "javascript:alert(1)",
  "/%2F/evil.example",
  "/\u3000/evil.example",
  "/\u00e9t\u00e9",
  "/cases?next=//evil.example",
];
const hostilePath = fc.oneof(
  fc.constantFrom(...OFF_SITE),
  hostileString,
  fc.tuple(fc.constantFrom(...OFF_SITE), hostileString).map(([a, b]) => a + b),
);
const hostileReferer = fc.oneof(
  hostilePath,
  fc.constantFrom(...OFF_SITE).map((p) => `http://127.0.0.1${p}`),
  fc.constant(undefined),
);
// A field that no schema of ours accepts: wrong type, missing, or a hostile string that
// `bad` recognises as malformed for that field.
const badField = (bad: (s: string) => boolean): fc.Arbitrary<FieldValue> => fc.oneof(hostileString.filter(bad), asFile, fc.constant(undefined));
// Too long, or with a character the field refuses: a control character other than tab
// (and than CR and LF, which a multi-line field stores as line feeds), a line break on a
// single-line field, a bidi control, a line or paragraph separator.
const badText = (max: number, lines: "one" | "many") =>
  fc.oneof(
    huge.map((s) => s.slice(0, max + 1 + (s.length % 500))),
    controlChars.filter((c) => (lines === "many" ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/ : /[\u0000-\u0008\u000a-\u001f]/).test(c)).map((c) => `Ana${c}`),
    fc.constantFrom("\u202e", "\u2066", "\u200f", "\u061c", "\u2028", "\u2029").map((c) => `Ana${c}Petrović`),
    asFile,
  );
const notIn = (values: readonly string[]) => (s: string) => !values.includes(s.trim());
const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());

// JSON arguments (React's reply format): strings that start with "$" are escaped as the
// browser would, so what arrives is the hostile value itself.
const escapeJson = (v: unknown): unknown =>
  typeof v === "string"
    ? v.startsWith("$")
      ? `$${v}`
      : v
    : Array.isArray(v)
      ? v.map(escapeJson)
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escapeJson(x)]))
        : v;
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 3 }),
);

type Input = { args?: unknown[]; fields: Record<string, FieldValue>; referer?: string };
type Setup = { ownCase: string; otherCase: string; ownKeys: string[]; otherEvidence: string; otherSession: string };

// At least one field of each input is malformed; the others may be anything, valid included.
function withOneBad(fields: Record<string, { any: fc.Arbitrary<FieldValue>; bad: fc.Arbitrary<FieldValue> }>) {
  const names = Object.keys(fields);
  return fc
    .integer({ min: 0, max: names.length - 1 })
    .chain((i) => fc.record(Object.fromEntries(names.map((n, j) => [n, j === i ? fields[n]!.bad : fields[n]!.any])))) as fc.Arbitrary<
    Record<string, FieldValue>
  >;
}

const VALID = {
  email: fc.constantFrom("ana@example.com", "someone.new@example.org"),
  password: fc.constantFrom("a perfectly long password"),
  date: fc.constantFrom("2026-11-05", "2026-10-01"),
};
// Anything but the person's password (or no password at all).
const notThePassword: fc.Arbitrary<FieldValue> = fc.oneof(
  hostileString.filter((s) => s !== PASSWORD),
  asFile,
  fc.constant(undefined),
);
const maybeValid = <T extends FieldValue>(valid: fc.Arbitrary<T>) => fc.oneof(valid, anyField);

// Not an item a person can tick on this case: malformed, unknown, done by a recorded
// fact, or an item of another plan type.
const badKey = fc.oneof(
  hostileString.filter((s) => !/^[a-z0-9-]+$/.test(s)),
  fc.constantFrom("no-such-item", "eligibility-answered", "channel-chosen", "bills-asked", "x".repeat(65)),
);

const emailField = { any: maybeValid(VALID.email), bad: badField((s) => !looksLikeEmail(s)) };

// The step forms' fields, derived from their declaration (app/lib/cases/fields.ts), each
// with valid-or-anything values and values that form must refuse. A missing field the form
// may leave out and an empty text or date that may be cleared are valid, so neither counts
// as malformed there.
type FieldGen = { any: fc.Arbitrary<FieldValue>; bad: fc.Arbitrary<FieldValue> };
const missing = (use: FieldUse) => (use.absent ? [] : [fc.constant(undefined)]);
function fieldGen(kind: FieldKind, use: FieldUse): FieldGen {
  if (kind.kind === "choice") {
    return { any: maybeValid(fc.constantFrom(...kind.values)), bad: fc.oneof(hostileString.filter(notIn(kind.values)), asFile, ...missing(use)) };
  }
  // An IBAN field (format "iban") takes a foreign IBAN with spaces, and refuses a name or junk.
  if (kind.kind === "text" && "format" in kind) {
    return {
      any: maybeValid(fc.constant("DE89 3704 0044 0532 0130 00")),
      bad: fc.oneof(badText(kind.max, kind.lines), fc.constantFrom("Ana Petrović", "RS35", "35RS105008123123123173", "RS35-1050-0812-3123-1231-73")),
    };
  }
  if (kind.kind === "text") return { any: maybeValid(fc.constant("Ana Petrović")), bad: badText(kind.max, kind.lines) };
  // A whole number takes digits with groups of three ("1.500"), and refuses fractions, signs,
  // exponents, words and anything above its maximum.
  if (kind.kind === "number") {
    return {
      any: maybeValid(fc.constantFrom("12", `${kind.max}`)),
      bad: fc.oneof(
        hostileString.filter((s) => !/^\s*\d+\s*$/.test(s) && !/^\s*\d{1,3}([ .,\u00a0\u202f]\d{3})+\s*$/.test(s) && s.trim() !== ""),
        fc.constantFrom("12,5", "-3", "1e3", "0x10", "١٢", `${kind.max + 1}`, "1.50"),
        asFile,
        ...missing(use),
      ),
    };
  }
  return {
    any: maybeValid(VALID.date),
    bad: fc.oneof(
      impossibleDate.filter((s) => s.trim() !== ""),
      asFile,
      ...(use.required ? [fc.constant("")] : []),
      ...(use.notAfterToday ? [fc.constant("2099-01-01")] : []),
      ...missing(use),
    ),
  };
}
const FORM_FIELDS: Record<string, Record<string, FieldGen>> = Object.fromEntries(
  ANSWER_FORM_NAMES.map((form) => {
    const uses: Partial<Record<AnswerField, FieldUse>> = ANSWER_FORMS[form];
    return [form, Object.fromEntries(Object.entries(uses).map(([field, use]) => [field, fieldGen(ANSWER_FIELDS[field as AnswerField], use)]))];
  }),
);

// One entry per server action: how to make hostile inputs, and what a refusal looks like.
type Spec = {
  path: (c: Setup) => string;
  form: boolean; // multipart form action (else a JSON-argument call)
  input: (c: Setup) => fc.Arbitrary<Input>;
  refused: RegExp; // the response says the input was refused
  as?: "visitor";
};
const FORM_REFUSAL = /"ok":false,"(fieldErrors|formError)":/;

// An action that takes no input of its own, sent by a visitor with any fields at all.
function visitorWithAnyFields(path: string): Spec {
  return {
    path: () => path,
    form: true,
    input: () => fc.dictionary(fc.string({ maxLength: 10 }), anyField, { maxKeys: 3 }).map((fields) => ({ fields })),
    refused: FORM_REFUSAL,
    as: "visitor",
  };
}
const SPECS: Record<string, Spec> = {
  signUpAction: {
    path: () => "/sign-up",
    form: true,
    input: () =>
      fc
        .tuple(
          withOneBad({
            email: emailField,
            password: { any: maybeValid(VALID.password), bad: badField((s) => s.length < 10 || s.length > 200) },
          }),
          anyField,
        )
        .map(([fields, next]) => ({ fields: { ...fields, next } })),
    refused: FORM_REFUSAL,
    as: "visitor",
  },
  signInAction: {
    path: () => "/sign-in",
    form: true,
    input: () =>
      withOneBad({
        email: emailField,
        password: { any: maybeValid(VALID.password), bad: badField((s) => s.length === 0 || s.length > 200) },
      }).map((fields) => ({ fields: { ...fields, next: "/cases" } })),
    refused: FORM_REFUSAL,
    as: "visitor",
  },
  signOutAction: {
    // Takes no input: hostile arguments are ignored, and a visitor has no session to end.
    path: () => "/",
    form: false,
    input: () => fc.array(fc.oneof(hostileString, wrongType), { maxLength: 3 }).map((args) => ({ args, fields: {} })),
    refused: /^/,
    as: "visitor",
  },
  createCaseAction: {
    path: () => "/cases/new",
    form: true,
    input: () =>
      withOneBad({
        operator: { any: maybeValid(fc.constantFrom("mts", "a1", "yettel")), bad: badField(notIn(["mts", "a1", "yettel", "globaltel", "other"])) },
        phone: { any: maybeValid(fc.constantFrom("064 123 4567")), bad: badField((s) => (s.match(/\d/g) ?? []).length < 6) },
        planType: { any: maybeValid(fc.constantFrom("prepaid", "postpaid")), bad: badField(notIn(["prepaid", "postpaid"])) },
        contractEndDate: { any: maybeValid(VALID.date), bad: impossibleDate.filter((s) => s.trim() !== "") },
      }).map((fields) => ({ fields })),
    refused: FORM_REFUSAL,
  },
  toggleItemAction: {
    path: (c) => `/cases/${c.ownCase}/prepare`,
    form: false,
    input: (c) =>
      fc
        .oneof(
          // The right shape, with one part wrong: someone else's case, an unknown or
          // malformed item, or a "done" that is not a boolean.
          fc.record({ caseId: fc.oneof(fc.constant(c.otherCase), hostileString, wrongType), key: fc.constantFrom(...c.ownKeys), done: fc.boolean() }),
          fc.record({ caseId: fc.constant(c.ownCase), key: fc.oneof(badKey, wrongType), done: fc.boolean() }),
          fc.record({
            caseId: fc.constant(c.ownCase),
            key: fc.constantFrom(...c.ownKeys),
            done: fc.oneof(
              hostileString,
              wrongType.filter((v) => typeof v !== "boolean"),
            ),
          }),
          // Or not the shape at all.
          fc.oneof(hostileString, wrongType),
        )
        .map((arg) => ({ args: [arg], fields: {} })),
    refused: /"ok":false,"error":/,
  },
  saveAnswersAction: {
    path: (c) => `/cases/${c.ownCase}/submit`,
    form: true,
    input: (c) => {
      // On this person's own case, one field of the chosen form is malformed; on anyone
      // else's case, or with a malformed target, the fields may be anything.
      const own = fc
        .constantFrom(...(Object.keys(FORM_FIELDS) as (keyof typeof FORM_FIELDS)[]))
        .chain((form) => withOneBad(FORM_FIELDS[form]!).map((fields) => ({ target: { caseId: c.ownCase, form } as unknown, fields })));
      const anyFields = fc.dictionary(fc.constantFrom(...new Set(Object.values(FORM_FIELDS).flatMap((f) => Object.keys(f)))), anyField, { maxKeys: 4 });
      const elsewhere = fc
        .tuple(
          fc.oneof(
            fc.record({ caseId: fc.constant(c.otherCase), form: fc.constantFrom(...Object.keys(FORM_FIELDS)) }),
            fc.record({ caseId: fc.oneof(hostileString, wrongType), form: fc.oneof(hostileString, wrongType) }),
            fc.record({
              caseId: fc.constant(c.ownCase),
              form: fc.oneof(
                hostileString.filter((s) => !(s in FORM_FIELDS)),
                wrongType,
              ),
            }),
            wrongType,
          ),
          anyFields,
        )
        .map(([target, fields]) => ({ target: target as unknown, fields }));
      const base = fc.oneof(fc.constant("{}"), hostileString);
      return fc.tuple(fc.oneof(own, elsewhere), base).map(([{ target, fields }, b]) => ({ args: [target], fields: { ...fields, __base: b } }));
    },
    refused: FORM_REFUSAL,
  },
  uploadEvidenceAction: {
    // The file is never a photo or a PDF (text, random bytes, text in place of a file, or
    // missing), or the case is not this person's.
    path: (c) => `/cases/${c.ownCase}/submit`,
    form: true,
    input: (c) => {
      const target = fc.oneof(
        fc.record({ caseId: fc.constantFrom(c.ownCase, c.otherCase), step: fc.constantFrom("submit", "wait") }),
        fc.record({ caseId: fc.oneof(hostileString, wrongType), step: fc.oneof(hostileString, wrongType) }),
        wrongType,
      );
      const bytes = fc.uint8Array({ maxLength: 3000 }).map((b) => ({ file: Buffer.from(b).toString("latin1"), binary: true }));
      return fc.tuple(target, fc.oneof(asFile, bytes, hostileString, fc.constant(undefined))).map(([t, file]) => ({ args: [t], fields: { file } }));
    },
    refused: FORM_REFUSAL,
  },
  removeEvidenceAction: {
    // Someone else's file (through their case or this person's own), or malformed ids.
    path: (c) => `/cases/${c.ownCase}/wait`,
    form: false,
    input: (c) =>
      fc
        .oneof(
          fc.record({ caseId: fc.constantFrom(c.ownCase, c.otherCase), evidenceId: fc.oneof(fc.constant(c.otherEvidence), hostileString, wrongType) }),
          fc.record({ caseId: fc.oneof(hostileString, wrongType), evidenceId: fc.constant(c.otherEvidence) }),
          fc.oneof(hostileString, wrongType),
        )
        .map((arg) => ({ args: [arg], fields: {} })),
    refused: /"ok":false,"error":/,
  },
  deleteCaseAction: {
    // This person's own case without the confirmation, or a case that is not theirs.
    path: (c) => `/cases/${c.ownCase}`,
    form: true,
    input: (c) =>
      fc
        .oneof(
          fc.record({ caseId: fc.constant<unknown>(c.ownCase), confirm: badField((s) => s !== "yes") }),
          fc.record({
            caseId: fc.oneof(
              fc.constant<unknown>(c.otherCase),
              hostileString.filter((s) => s !== c.ownCase),
              wrongType,
            ),
            confirm: maybeValid(fc.constant("yes")),
          }),
        )
        .map(({ caseId, confirm }) => ({ args: [{ caseId }], fields: { confirm } })),
    refused: FORM_REFUSAL,
  },
  setLocaleAction: {
    // A plain form action: an unknown language changes nothing and it goes back to a
    // page of this site, whatever "back" says.
    path: () => "/cases",
    form: true,
    input: () =>
      fc
        .record({ locale: badField(notIn(LOCALES)), back: fc.oneof(anyField, hostilePath), referer: hostileReferer })
        .map(({ referer, ...fields }) => ({ fields, referer })),
    refused: /^/,
  },
  changePasswordAction: {
    path: () => "/account",
    form: true,
    input: () =>
      fc
        .record({
          currentPassword: notThePassword,
          newPassword: anyField,
        })
        .map((fields) => ({ fields })),
    refused: FORM_REFUSAL,
  },
  endSessionAction: {
    // Another person's session, or something that is no session id: nothing is signed out.
    path: () => "/account",
    form: true,
    input: (c) =>
      fc
        .oneof(fc.constant<unknown>({ sessionId: c.otherSession }), fc.record({ sessionId: fc.oneof(hostileString, wrongType) }), wrongType)
        .map((target) => ({ args: [target], fields: {} })),
    refused: FORM_REFUSAL,
  },
  // Sent by a visitor, whatever the fields: there is no session to end, no account to
  // send a link for.
  endAllSessionsAction: visitorWithAnyFields("/account"),
  resendVerificationAction: visitorWithAnyFields("/account"),
  changeEmailAction: {
    // Any address with a password that is not the person's: refused, nothing changes.
    path: () => "/account",
    form: true,
    input: () =>
      fc
        .record({
          email: fc.oneof(maybeValid(VALID.email), emailField.bad),
          password: notThePassword,
        })
        .map((fields) => ({ fields })),
    refused: FORM_REFUSAL,
  },
  forgotPasswordAction: {
    path: () => "/forgot-password",
    form: true,
    input: () => fc.record({ email: emailField.bad }).map((fields) => ({ fields })),
    refused: FORM_REFUSAL,
    as: "visitor",
  },
  resetPasswordAction: {
    // A token that opens nothing (malformed, or well-formed and unknown) or a bad password.
    path: () => "/reset-password",
    form: true,
    input: () =>
      fc
        .record({
          token: fc.oneof(hostileString, fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), asFile, fc.constant(undefined)),
          password: maybeValid(VALID.password),
        })
        .map((fields) => ({ fields })),
    refused: FORM_REFUSAL,
    as: "visitor",
  },
  unsubscribeAction: {
    // A link whose signature does not hold (or is missing): nothing is stopped.
    path: () => "/email/unsubscribe",
    form: true,
    input: () =>
      fc
        .record({ u: fc.oneof(anyField, fc.constant("cnosuchuser0")), k: fc.oneof(fc.constantFrom(...REMINDER_KINDS), anyField), s: anyField })
        .map((fields) => ({ fields })),
    refused: FORM_REFUSAL,
    as: "visitor",
  },
  saveMailSettingsAction: {
    // At least one box sends something a checkbox does not.
    path: () => "/account",
    form: true,
    input: () =>
      withOneBad(
        Object.fromEntries(
          REMINDER_KINDS.map((k) => [
            k,
            {
              any: fc.constantFrom<FieldValue>("on", undefined),
              bad: fc.oneof(
                hostileString.filter((s) => s !== "on"),
                asFile,
              ),
            },
          ]),
        ),
      ).map((fields) => ({ fields })),
    refused: FORM_REFUSAL,
  },
  deleteAccountAction: {
    path: () => "/account",
    form: true,
    input: () =>
      fc
        .record({
          password: notThePassword,
        })
        .map((fields) => ({ fields })),
    refused: FORM_REFUSAL,
  },
};

// ---- sending ----------------------------------------------------------------------

async function send(request: APIRequestContext, id: string, name: string, path: string, spec: Spec, input: Input) {
  // A Referer is sent as bytes: characters beyond Latin-1 go percent-encoded, as a client could.
  const referer: Record<string, string> =
    input.referer === undefined
      ? {}
      : { referer: input.referer.slice(0, 4000).replace(/[^\x20-\x7e]/g, (ch) => `%${ch.charCodeAt(0).toString(16).padStart(2, "0")}`) };
  const headers: Record<string, string> = { "next-action": id, accept: "text/x-component", ...referer };
  if (!spec.form) {
    return request.post(path, {
      headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
      data: JSON.stringify(escapeJson(input.args ?? [])),
      maxRedirects: 0,
    });
  }
  const fields: Record<string, ActionField> = {};
  for (const [field, value] of Object.entries(input.fields)) {
    if (value === undefined) continue;
    fields[field] =
      typeof value === "string"
        ? value
        : { name: "x.bin", mimeType: "application/octet-stream", buffer: Buffer.from(value.file, value.binary ? "latin1" : "utf8") };
  }
  const prev = name === "setLocaleAction" ? [] : [{ ok: false }]; // useActionState passes the previous state
  return request.post(path, { headers, multipart: actionForm(escapeJson(input.args ?? []) as unknown[], fields, prev), maxRedirects: 0 });
}

// One person (A, the victim) with a case and a receipt; another (B, the attacker) signed
// in with a case of their own; a visitor. Made once for all the tests below, which run
// in order on them.
let a: Person;
let b: Person;
let visitor: { context: BrowserContext; page: Page };
let setup: Setup;

test.describe.serial("every server action refuses hostile input with a validation error, no server error and no write", () => {
  test.beforeAll(async ({ browser }) => {
    a = await personIn(browser, "victim");
    const otherCase = (await createCase(a.page, { operator: "a1", phone: "060 111 2233", plan: "Postpaid" })).split("/").pop()!;
    await a.page.goto(`/cases/${otherCase}/submit`);
    await a.page.getByLabel("Photo or scan", { exact: true }).setInputFiles({ name: "a.png", mimeType: "image/png", buffer: await a.page.screenshot() });
    await a.page.getByRole("button", { name: "Attach file" }).click();
    await expect(a.page.locator("form:has(#evidence-submit) [role=status]")).toHaveText("Attached.");
    const otherEvidence = (await query<{ id: string }>(`SELECT "id" FROM "Evidence" WHERE "caseId" = ?`, [otherCase]))[0]!.id;
    b = await personIn(browser, "fuzzer");
    const ownCase = (await createCase(b.page, { operator: "mts", phone: "064 999 8877", plan: "Prepaid" })).split("/").pop()!;
    const ownKeys = ["twofa-bank", "twofa-euprava", "number-whatsapp", "balance-used", "contacts-saved"];
    visitor = await newPage(browser);
    const otherSession = (await query<{ id: string }>(`SELECT "id" FROM "Session" WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = ?)`, [a.email]))[0]!
      .id;
    setup = { ownCase, otherCase, ownKeys, otherEvidence, otherSession };
  });

  test.afterAll(async () => {
    await Promise.all([a?.context.close(), b?.context.close(), visitor?.context.close()]);
  });

  test("every action and every step form in the build has hostile-input generators", () => {
    expect(Object.keys(FORM_FIELDS).sort(), "a step form without hostile-input generators").toEqual([...ANSWER_FORM_NAMES].sort());
    const names = [...actionsInBuild().values()].map((n) => n.split("#")[1]!);
    expect(names.sort(), "an action without hostile-input generators: add it to SPECS").toEqual(Object.keys(SPECS).sort());
  });

  for (const [name, spec] of Object.entries(SPECS)) {
    test(`${name}: ${RUNS} hostile inputs, each refused with no server error and no write`, async () => {
      test.setTimeout(180_000);
      const id = actionId(name);
      const request = spec.as === "visitor" ? visitor.context.request : b.context.request;
      const path = spec.path(setup);
      let tried = 0;
      const before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(spec.input(setup), async (input) => {
          const res = await send(request, id, name, path, spec, input);
          tried++;
          const text = await res.text();
          const said = `${name} answered ${res.status()}: ${text.slice(0, 400)}`;
          expect(res.status(), said).toBeLessThan(500);
          expect(/"digest":/.test(text), said).toBe(false); // a server error inside the RSC payload
          expect(spec.refused.test(text), said).toBe(true);
          expect(/"ok":true/.test(text), said).toBe(false);
          if (name === "setLocaleAction") {
            const to = res.headers()["x-action-redirect"] ?? res.headers()["location"] ?? "";
            expect(sameSite(to), `stays on this site: ${JSON.stringify(to)}`).toBe(true);
          }
          expect(await fingerprint(), `${name} wrote to the database`).toBe(before);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      console.log(`hostile inputs to ${name}: ${tried}`);
      expect(tried, name).toBeGreaterThanOrEqual(RUNS);
    });
  }

  test(`a signed-in person sent to sign in or sign up with ${RUNS} hostile return paths stays on this site`, async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("/sign-in", "/sign-up"), hostilePath, async (page, next) => {
        const res = await b.context.request.get(`${page}?next=${encodeURIComponent(next.slice(0, 4000).toWellFormed())}`, { maxRedirects: 0 });
        tried++;
        const to = res.headers()["location"] ?? "";
        expect(res.status(), `${page} next=${JSON.stringify(next.slice(0, 80))}`).toBeGreaterThanOrEqual(300);
        expect(res.status()).toBeLessThan(400);
        expect(sameSite(to), `${page} next=${JSON.stringify(next.slice(0, 80))} led to ${JSON.stringify(to)}`).toBe(true);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(tried).toBeGreaterThanOrEqual(RUNS);
  });

  test("a control: the same encoding with valid input is accepted and writes; both cases still open", async () => {
    // What was refused above was refused for its content, not for how it was sent.
    const { ownCase, otherCase } = setup;
    const before = await fingerprint();
    const control = await send(b.context.request, actionId("saveAnswersAction"), "saveAnswersAction", `/cases/${ownCase}/contact`, SPECS.saveAnswersAction!, {
      args: [{ caseId: ownCase, form: "letter" }],
      fields: { idDocument: "passport", holderName: "Ana Petrović", letterPlace: "Novi Sad", reason: "other", __base: "{}" },
    });
    expect(await control.text()).toMatch(/"ok":true/);
    expect(await fingerprint()).not.toBe(before);

    // Both people's cases still open normally.
    await a.page.goto(`/cases/${otherCase}`);
    await expect(a.page.getByText("+381 60 1112233").first()).toBeVisible();
  });
});

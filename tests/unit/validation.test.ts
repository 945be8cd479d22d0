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

import { z } from "zod";
import { OPERATOR_IDS } from "../playbook/operators";
import { serbianMobileToE164 } from "../phone";

// "YYYY-MM-DD" that names a real day (no 2026-02-30), within a sane range. One message
// per bad value, the most useful one.
export const calendarDate = z.string().superRefine((s, ctx) => {
  const say = (message: string) => ctx.addIssue({ code: "custom", message });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return say("errors.dateFormat");
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return say("errors.dateInvalid");
  if (s < "2000-01-01" || s > "2100-12-31") say("errors.dateRange");
});

export const NewCaseSchema = z.object({
  operator: z.enum(OPERATOR_IDS, { error: "errors.operator" }),
  phone: z
    .string({ error: "errors.phoneMissing" })
    .max(30, "errors.phoneTooLong")
    .transform((s, ctx) => {
      const e164 = serbianMobileToE164(s);
      if (!e164) {
        ctx.addIssue({ code: "custom", message: "errors.phone" });
        return z.NEVER;
      }
      return e164;
    }),
  planType: z.enum(["prepaid", "postpaid"], { error: "errors.planType" }),
  contractEndDate: z.preprocess((v) => (v === "" || v == null ? undefined : v), calendarDate.optional()),
});
export type NewCaseInput = z.output<typeof NewCaseSchema>;

// Record ids are cuids: lower-case letters and digits. Anything else (a lone surrogate
// included, which no database accepts) is refused before a query is built.
export const RecordId = z.string().regex(/^[a-z0-9]{1,64}$/);

export const ToggleItemSchema = z.object({
  caseId: RecordId,
  key: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/),
  done: z.boolean(),
});

export const EmailSchema = z
  .string({ error: "errors.emailMissing" })
  .trim()
  .toLowerCase()
  .max(254, "errors.emailTooLong")
  .pipe(z.email({ error: "errors.email" }));

export const SignUpSchema = z.object({
  email: EmailSchema,
  password: z
    .string({ error: "errors.passwordMissing" })
    .min(10, "errors.passwordShort")
    .max(200, "errors.passwordLong"),
});

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string({ error: "errors.passwordEnter" }).min(1, "errors.passwordEnter").max(200, "errors.wrongCredentials"),
});

// Error messages are message keys ("errors.x", or "errors.x:value" for one value); the
// actions translate them (app/lib/form-state.ts).

// The forms on the step pages. Each names only the facts it may change; empty optional
// fields clear the stored value.
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const answer = z.enum(["yes", "no", "unknown"], { error: "errors.answer" });
const optionalDate = z.preprocess(emptyToNull, calendarDate.nullable());
const requiredDate = () => z.preprocess(emptyToNull, z.string({ error: "errors.dateMissing" }).pipe(calendarDate));
const optionalText = (max: number) =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .trim()
      .max(max, `errors.tooLong:${max}`)
      .refine((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s) && s.isWellFormed(), "errors.controlChars")
      .nullable(),
  );
const notInFuture = (today: () => string) => (s: string | null) => s === null || s <= today();

export function factForms(today: () => string) {
  const past = () => requiredDate().refine((s) => s <= today(), "errors.dateFuture");
  return {
    eligibility: z.object({
      unpaidBills: answer.optional(),
      accountProblems: answer,
      contractEndDate: optionalDate.optional(),
    }),
    channel: z.object({
      channel: z.enum(["shop", "email", "letter", "porting"], { error: "errors.channel" }),
    }),
    letter: z.object({
      idDocument: z.enum(["rs-id", "passport"], { error: "errors.idDocument" }),
      holderName: optionalText(120),
      letterPlace: optionalText(80),
      reason: z.enum(["moving-abroad", "not-needed", "switching", "cost", "other"], { error: "errors.reason" }),
    }),
    submission: z.object({
      submittedOn: past(),
      operatorReference: optionalText(80),
      postReceiptNo: optionalText(80).optional(),
    }),
    received: z.object({
      receivedOn: optionalDate.refine(notInFuture(today), "errors.dateFuture"),
    }),
    answer: z.object({
      answerOn: past(),
      answerNote: optionalText(1000),
    }),
    porting: z.object({
      portRegistered: answer.optional(),
      portDebts: answer.optional(),
      portRecent: answer.optional(),
      portCommitment: answer.optional(),
      portStolen: answer.optional(),
    }),
    topUp: z.object({
      lastTopUp: optionalDate.refine(notInFuture(today), "errors.dateFuture"),
    }),
    bills: z.object({
      billCheck1: z.enum(["yes", "no"], { error: "errors.answer" }).optional(),
      billCheck2: z.enum(["yes", "no"], { error: "errors.answer" }).optional(),
    }),
    representative: z.object({
      representative: z.enum(["yes", "no"], { error: "errors.answer" }),
    }),
    closed: z.object({
      closedOn: optionalDate.refine(notInFuture(today), "errors.dateFuture"),
    }),
  } as const;
}
// The hidden field in which a step form sends the values it was loaded with.
export const BASE_FIELD = "__base";
export type FactFormName = keyof ReturnType<typeof factForms>;
export const FACT_FORM_NAMES = ["eligibility", "channel", "letter", "porting", "topUp", "submission", "answer", "closed", "bills", "representative", "received"] as const satisfies readonly FactFormName[];

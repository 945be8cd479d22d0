import { z } from "zod";
import { OPERATOR_IDS } from "../playbook/operators";
import { serbianMobileToE164 } from "../phone";

// "YYYY-MM-DD" that names a real day (no 2026-02-30), within a sane range. One message
// per bad value, the most useful one.
export const calendarDate = z.string().superRefine((s, ctx) => {
  const say = (message: string) => ctx.addIssue({ code: "custom", message });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return say("Enter a date as YYYY-MM-DD.");
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return say("This date does not exist.");
  if (s < "2000-01-01" || s > "2100-12-31") say("Enter a date between 2000 and 2100.");
});

export const NewCaseSchema = z.object({
  operator: z.enum(OPERATOR_IDS, { error: "Choose an operator from the list." }),
  phone: z
    .string({ error: "Enter the phone number." })
    .max(30, "That is too long for a phone number.")
    .transform((s, ctx) => {
      const e164 = serbianMobileToE164(s);
      if (!e164) {
        ctx.addIssue({ code: "custom", message: "Enter a Serbian mobile number, e.g. 064 123 4567 or +381 64 123 4567." });
        return z.NEVER;
      }
      return e164;
    }),
  planType: z.enum(["prepaid", "postpaid"], { error: "Choose prepaid or postpaid." }),
  contractEndDate: z.preprocess((v) => (v === "" || v == null ? undefined : v), calendarDate.optional()),
});
export type NewCaseInput = z.output<typeof NewCaseSchema>;

export const ToggleItemSchema = z.object({
  caseId: z.string().min(1).max(64),
  key: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/),
  done: z.boolean(),
});

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const SignUpSchema = z.object({
  email: EmailSchema,
  password: z
    .string({ error: "Enter a password." })
    .min(10, "Use at least 10 characters.")
    .max(200, "Use at most 200 characters."),
});

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, "Wrong email or password."),
});

// The forms on the step pages. Each names only the facts it may change; empty optional
// fields clear the stored value.
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const answer = z.enum(["yes", "no", "unknown"], { error: "Choose an answer." });
const optionalDate = z.preprocess(emptyToNull, calendarDate.nullable());
const requiredDate = (what: string) =>
  z.preprocess(emptyToNull, z.string({ error: `Enter the date ${what}.` }).pipe(calendarDate));
const optionalText = (max: number) =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .trim()
      .max(max, `Use at most ${max} characters.`)
      .refine((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s), "Remove the control characters.")
      .nullable(),
  );
const notInFuture = (today: () => string) => (s: string | null) => s === null || s <= today();

export function factForms(today: () => string) {
  const past = (what: string) => requiredDate(what).refine((s) => s <= today(), "This date is in the future.");
  return {
    eligibility: z.object({
      unpaidBills: answer.optional(),
      accountProblems: answer,
      contractEndDate: optionalDate.optional(),
    }),
    channel: z.object({
      channel: z.enum(["shop", "email", "letter", "porting"], { error: "Choose how you will send the request." }),
    }),
    letter: z.object({
      idDocument: z.enum(["rs-id", "passport"], { error: "Choose your identity document." }),
      holderName: optionalText(120),
      letterPlace: optionalText(80),
      reason: z.enum(["moving-abroad", "not-needed", "switching", "cost", "other"], { error: "Choose a reason." }),
    }),
    submission: z.object({
      submittedOn: past("you handed in or sent the request"),
      operatorReference: optionalText(80),
    }),
    answer: z.object({
      answerOn: past("the answer came"),
      answerNote: optionalText(1000),
    }),
    closed: z.object({
      closedOn: optionalDate.refine(notInFuture(today), "This date is in the future."),
    }),
  } as const;
}
export type FactFormName = keyof ReturnType<typeof factForms>;
export const FACT_FORM_NAMES = ["eligibility", "channel", "letter", "submission", "answer", "closed"] as const satisfies readonly FactFormName[];

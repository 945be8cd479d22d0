import { z } from "zod";
import { ANSWERS, CHANNELS, ID_DOCUMENTS, KEEP_NUMBER, PREPAID_REGISTRATION, REASONS, YES_NO } from "@/app/lib/vocabulary";
import { calendarDate, emptyToNull, ibanText, multiLineText, singleLineText, wholeNumber } from "@/app/lib/validation";

// The case's stored answers: what the person told Odjava about the line, each an optional
// text column of the Case table. Declared once here; the Prisma select, the patch type,
// the step forms' schemas, the data export and the hostile-input tests are derived from
// it. Adding a field: the Prisma schema and its migrations, one line here, the form that
// asks for it (ANSWER_FORMS), its messages and its UI.

type Choice = { kind: "choice"; values: readonly string[]; error: string };
// `lines`: "many" for a note (a textarea), "one" for everything else. `format: "iban"`: an
// account number (validation.ts's ibanText), stored without spaces.
type Text = { kind: "text"; max: number; lines: "one" | "many"; format?: "iban" };
type CalendarDate = { kind: "date" };
// A whole number (an amount in RSD, a count of months), stored as its digits.
type WholeNumber = { kind: "number"; max: number };
export type FieldKind = Choice | Text | CalendarDate | WholeNumber;

const choice = (values: readonly string[], error = "errors.answer"): Choice => ({ kind: "choice", values, error });
const text = (max: number, lines: Text["lines"] = "one"): Text => ({ kind: "text", max, lines });
const date: CalendarDate = { kind: "date" };
const number = (max: number): WholeNumber => ({ kind: "number", max });

export const ANSWER_FIELDS = {
  // Asked first: keep the number (porting, no termination letter) or give it up.
  keepNumber: choice(KEEP_NUMBER),
  contractEndDate: date,
  unpaidBills: choice(ANSWERS),
  accountProblems: choice(ANSWERS),
  channel: choice(CHANNELS, "errors.channel"),
  idDocument: choice(ID_DOCUMENTS, "errors.idDocument"),
  holderName: text(120),
  letterPlace: text(80),
  // Where a refund of an overpayment or advance goes (the letter asks for it when given).
  refundIban: { kind: "text", max: 50, lines: "one", format: "iban" },
  // "yes" when the person has the operator's equipment (a router): the letter and the shop
  // sheet say it is returned and ask for a confirmation that it was received.
  operatorEquipment: choice(YES_NO),
  reason: choice(REASONS, "errors.reason"),
  submittedOn: date,
  operatorReference: text(80),
  postReceiptNo: text(80),
  receivedOn: date,
  answerOn: date,
  answerNote: text(1000, "many"),
  closedOn: date,
  // Keep-my-number pre-check (whether a prepaid card is registered is prepaidRegistration's)
  portDebts: choice(ANSWERS),
  portRecent: choice(ANSWERS),
  portCommitment: choice(ANSWERS),
  portStolen: choice(ANSWERS),
  lastTopUp: date,
  billCheck1: choice(YES_NO),
  billCheck2: choice(YES_NO),
  representative: choice(YES_NO),
  // Rights with dates (playbook/rights.ts)
  priceNoticeOn: date,
  billDueOn: date,
  // Ending inside the term (playbook/rights.ts): the discount a month and the months of the
  // term used, for the estimate; a device bought on instalments with the contract, the
  // instalments left and their amount.
  termDiscount: number(1_000_000),
  termMonthsUsed: number(36),
  deviceInstalments: choice(YES_NO),
  instalmentsLeft: number(60),
  instalmentAmount: number(1_000_000),
  // A prepaid card's registration (ZEK 2023 Art. 158): with which document, or none. It
  // also answers the porting pre-check's "is it registered" (playbook/registration.ts).
  prepaidRegistration: choice(PREPAID_REGISTRATION),
  // "yes" when the person has already left Serbia (playbook/abroad.ts): the channels and
  // the checklist change, and the letter carries the address abroad.
  abroad: choice(YES_NO),
  foreignAddress: text(200),
} as const satisfies Record<string, FieldKind>;

export type AnswerField = keyof typeof ANSWER_FIELDS;
export const ANSWER_FIELD_NAMES = Object.keys(ANSWER_FIELDS) as AnswerField[];
export type StoredAnswers = { [K in AnswerField]: string | null };
export type AnswerPatch = Partial<StoredAnswers>;

// `select` for every answer column.
export const ANSWER_SELECT = Object.fromEntries(ANSWER_FIELD_NAMES.map((f) => [f, true])) as { [K in AnswerField]: true };

// How a form uses a field. A field may be `absent` (the form leaves it out in some cases,
// e.g. unpaid bills on a prepaid card; nothing is then written). A `required` date cannot
// be emptied; any other field that is sent empty clears the stored value (a choice cannot
// be empty). The letter form's refund IBAN and equipment are `absent` too: it came after the form's other
// fields, and a form posted without them (loaded before, or by a script) leaves them as they are.
// `notAfterToday`: a date that has happened.
export type FieldUse = { absent?: true; required?: true; notAfterToday?: true };

// The step forms: each names the fields it may change.
export const ANSWER_FORMS = {
  eligibility: {
    keepNumber: { absent: true },
    unpaidBills: { absent: true },
    accountProblems: {},
    contractEndDate: { absent: true },
    priceNoticeOn: { absent: true, notAfterToday: true },
  },
  channel: { channel: {} },
  letter: {
    idDocument: {},
    holderName: {},
    letterPlace: {},
    reason: {},
    refundIban: { absent: true },
    operatorEquipment: { absent: true },
    foreignAddress: { absent: true },
  },
  porting: {
    portDebts: { absent: true },
    portRecent: { absent: true },
    portCommitment: { absent: true },
    portStolen: { absent: true },
  },
  topUp: { lastTopUp: { notAfterToday: true } },
  submission: { submittedOn: { required: true, notAfterToday: true }, operatorReference: {}, postReceiptNo: { absent: true } },
  received: { receivedOn: { notAfterToday: true } },
  reply: { answerOn: { required: true, notAfterToday: true }, answerNote: {} },
  closed: { closedOn: { notAfterToday: true } },
  bills: { billCheck1: { absent: true }, billCheck2: { absent: true } },
  // A bill's due date may lie ahead: it is printed on a bill that just came.
  billDue: { billDueOn: {} },
  representative: { representative: {} },
  termCost: { termDiscount: {}, termMonthsUsed: {} },
  device: { deviceInstalments: {}, instalmentsLeft: {}, instalmentAmount: {} },
  registration: { prepaidRegistration: {} },
  abroad: { abroad: {} },
} as const satisfies Record<string, Partial<Record<AnswerField, FieldUse>>>;

export type AnswerFormName = keyof typeof ANSWER_FORMS;
export const ANSWER_FORM_NAMES = Object.keys(ANSWER_FORMS) as AnswerFormName[];

// The schema of one field as a form uses it; `today` is Belgrade's date for this request.
export function fieldSchema(field: AnswerField, use: FieldUse, today: string) {
  const kind: FieldKind = ANSWER_FIELDS[field];
  const dated = (s: z.ZodType<string | null>) => (use.notAfterToday ? s.refine((v) => v === null || v <= today, "errors.dateFuture") : s);
  const schema =
    kind.kind === "choice"
      ? z.enum(kind.values as [string, ...string[]], { error: kind.error })
      : kind.kind === "number"
        ? z.preprocess(emptyToNull, wholeNumber(kind.max).nullable())
        : kind.kind === "text"
          ? z.preprocess(emptyToNull, ("format" in kind ? ibanText : kind.lines === "many" ? multiLineText : singleLineText)(kind.max).nullable())
          : use.required
            ? z.preprocess(emptyToNull, dated(z.string({ error: "errors.dateMissing" }).pipe(calendarDate)))
            : z.preprocess(emptyToNull, dated(calendarDate.nullable()));
  return use.absent ? schema.optional() : schema;
}

export function answerFormSchema(form: AnswerFormName, today: string) {
  const uses: Partial<Record<AnswerField, FieldUse>> = ANSWER_FORMS[form];
  return z.object(Object.fromEntries(Object.entries(uses).map(([f, use]) => [f, fieldSchema(f as AnswerField, use, today)])));
}

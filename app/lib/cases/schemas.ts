import { z } from "zod";
import { OPERATOR_IDS, PLAN_TYPES } from "@/app/lib/vocabulary";
import { RecordId, calendarDate } from "@/app/lib/validation";
import { serbianMobileToE164 } from "@/app/lib/phone";

// The inputs of the case actions besides the step forms (whose schemas come from
// ANSWER_FORMS in fields.ts). Error messages are message keys.

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
  planType: z.enum(PLAN_TYPES, { error: "errors.planType" }),
  contractEndDate: z.preprocess((v) => (v === "" || v == null ? undefined : v), calendarDate.optional()),
});
export type NewCaseInput = z.output<typeof NewCaseSchema>;

export const ToggleItemSchema = z.object({
  caseId: RecordId,
  key: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/),
  done: z.boolean(),
});

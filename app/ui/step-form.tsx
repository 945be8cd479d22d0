import { ANSWER_FIELDS, type AnswerField, type AnswerFormName, type StoredAnswers } from "@/app/lib/cases/fields";
import type { T } from "@/app/lib/i18n/translator";
import { AnswerForm, type FieldSpec } from "@/app/ui/answer-form";
import { formWords } from "@/app/ui/words";

// The fields a step page describes: a field's stored value and a text's length limit come
// from the case and the field's declaration, unless the page says otherwise.
type Loose<F> = F extends FieldSpec ? Omit<F, "value"> & { value?: string | null } : never;
export type StepField = Loose<FieldSpec>;

// One of the step forms, on a step page (a server component).
export function StepForm({
  c,
  t,
  form,
  submitLabel,
  fields,
}: {
  c: { id: string; stored: StoredAnswers };
  t: T;
  form: AnswerFormName;
  submitLabel: string;
  fields: StepField[];
}) {
  const full = fields.map((f): FieldSpec => {
    const declared = ANSWER_FIELDS[f.name as AnswerField];
    const value = f.value !== undefined ? f.value : (c.stored[f.name as AnswerField] ?? null);
    const maxLength = "maxLength" in f && f.maxLength !== undefined ? f.maxLength : declared?.kind === "text" ? declared.max : undefined;
    // A stored text is a textarea exactly when its declaration allows lines: a single-line
    // field refuses a line break, so it must not offer Enter.
    const kind = declared?.kind === "text" && (f.kind === "text" || f.kind === "textarea") ? (declared.lines === "many" ? "textarea" : "text") : f.kind;
    return (kind === "date" || kind === "text" || kind === "textarea" ? { ...f, kind, value, maxLength } : { ...f, value }) as FieldSpec;
  });
  return <AnswerForm caseId={c.id} form={form} submitLabel={submitLabel} words={formWords(t)} fields={full} />;
}

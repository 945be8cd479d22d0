import type { CaseDetail } from "@/app/lib/cases/queries";
import { KEEP_PROOF } from "@/app/lib/playbook/legal";
import { REASONS } from "@/app/lib/vocabulary";
import { AnswerForm, type FieldSpec } from "@/app/ui/answer-form";
import { FactText, type Ctx } from "@/app/ui/fact";
import { formWords } from "@/app/ui/words";
import { Note, Section } from "@/app/ui/section";
import { EvidenceFiles } from "@/app/ui/steps/evidence-files";
import type { EvidenceView } from "@/app/lib/evidence/data";
import { linkButtonClass } from "@/app/ui/field";

export function SubmitStep({ c, files, ctx }: { c: CaseDetail; files: EvidenceView[]; ctx: Ctx }) {
  const { t } = ctx;
  const f = c.answers;
  const words = formWords(t);
  const writesLetter = f.channel !== null && f.channel !== "porting";
  return (
    <>
      {f.channel === null && <Note tone="warn">{t("submit.chooseChannelFirst")}</Note>}
      <Section title={t("submit.youHeading")}>
        <AnswerForm
          caseId={c.id}
          form="letter"
          submitLabel={t("common.save")}
          words={words}
          fields={[
            {
              kind: "radio",
              name: "idDocument",
              label: t("submit.idDocument"),
              hint: t("submit.idDocumentHint"),
              value: f.idDocument,
              options: [
                { value: "rs-id", label: t("submit.rsId") },
                { value: "passport", label: t("submit.passport") },
              ],
            },
            { kind: "text", name: "holderName", label: t("submit.holderName"), hint: t("submit.holderNameHint"), value: f.holderName, maxLength: 120, optional: true },
            { kind: "text", name: "letterPlace", label: t("submit.letterPlace"), value: c.stored.letterPlace, maxLength: 80, optional: true },
            { kind: "select", name: "reason", label: t("submit.reason"), value: c.stored.reason, options: REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) })) },
          ]}
        />
      </Section>
      {writesLetter && (
        <Section title={t("submit.letterHeading")}>
          <p className="text-sm">{t("submit.letterText")}</p>
          <a
            href={`/cases/${c.id}/letter.pdf`}
            className={`mt-3 ${linkButtonClass}`}
          >
            {t("submit.downloadLetter")}
          </a>
        </Section>
      )}
      {f.channel === "shop" && (
        <Section title={t("shopSheet.download")}>
          <p className="text-sm">{t("shopSheet.downloadHint")}</p>
          <a
            href={`/cases/${c.id}/shop-sheet.pdf`}
            className={`mt-3 ${linkButtonClass}`}
          >
            {t("shopSheet.download")}
          </a>
        </Section>
      )}
      <Section title={t("submit.recordHeading")}>
        <p className="mb-3 text-sm">
          <FactText fact={KEEP_PROOF} ctx={ctx} />
        </p>
        <AnswerForm
          caseId={c.id}
          form="submission"
          submitLabel={t("submit.saveSubmission")}
          words={words}
          fields={[
            { kind: "date", name: "submittedOn", label: t("submit.submittedOn"), value: f.submittedOn },
            { kind: "text", name: "operatorReference", label: t("submit.reference"), hint: t("submit.referenceHint"), value: c.stored.operatorReference, maxLength: 80, optional: true },
            ...(f.channel === "letter"
              ? ([{ kind: "text", name: "postReceiptNo", label: t("evidence.postReceiptNo"), hint: t("evidence.postReceiptNoHint"), value: c.stored.postReceiptNo, maxLength: 80, optional: true }] satisfies FieldSpec[])
              : []),
          ]}
        />
      </Section>
      <EvidenceFiles caseId={c.id} step="submit" files={files} ctx={ctx} />
    </>
  );
}

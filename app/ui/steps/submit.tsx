import type { CaseDetail } from "../../lib/cases/data";
import { KEEP_PROOF } from "../../lib/playbook/legal";
import { REASONS } from "../../lib/playbook/letter";
import { FactForm, type FieldSpec } from "../fact-form";
import { FactText, type Ctx } from "../fact";
import { formWords } from "../words";
import { Note, Section } from "./section";
import { EvidenceFiles } from "./evidence-files";
import type { EvidenceView } from "../../lib/evidence/data";

export function SubmitStep({ c, files, ctx }: { c: CaseDetail; files: EvidenceView[]; ctx: Ctx }) {
  const { t } = ctx;
  const f = c.facts;
  const words = formWords(t);
  const writesLetter = f.channel !== null && f.channel !== "porting";
  return (
    <>
      {f.channel === null && <Note tone="warn">{t("submit.chooseChannelFirst")}</Note>}
      <Section title={t("submit.youHeading")}>
        <FactForm
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
            { kind: "text", name: "letterPlace", label: t("submit.letterPlace"), value: c.letterPlace, maxLength: 80, optional: true },
            { kind: "select", name: "reason", label: t("submit.reason"), value: c.reason, options: REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) })) },
          ]}
        />
      </Section>
      {writesLetter && (
        <Section title={t("submit.letterHeading")}>
          <p className="text-sm">{t("submit.letterText")}</p>
          <a
            href={`/cases/${c.id}/letter.pdf`}
            className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
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
            className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {t("shopSheet.download")}
          </a>
        </Section>
      )}
      <Section title={t("submit.recordHeading")}>
        <p className="mb-3 text-sm">
          <FactText fact={KEEP_PROOF} ctx={ctx} />
        </p>
        <FactForm
          caseId={c.id}
          form="submission"
          submitLabel={t("submit.saveSubmission")}
          words={words}
          fields={[
            { kind: "date", name: "submittedOn", label: t("submit.submittedOn"), value: f.submittedOn },
            { kind: "text", name: "operatorReference", label: t("submit.reference"), hint: t("submit.referenceHint"), value: c.operatorReference, maxLength: 80, optional: true },
            ...(f.channel === "letter"
              ? ([{ kind: "text", name: "postReceiptNo", label: t("evidence.postReceiptNo"), hint: t("evidence.postReceiptNoHint"), value: c.postReceiptNo, maxLength: 80, optional: true }] satisfies FieldSpec[])
              : []),
          ]}
        />
      </Section>
      <EvidenceFiles caseId={c.id} step="submit" files={files} ctx={ctx} />
    </>
  );
}

import type { CaseDetail } from "@/app/lib/cases/queries";
import { KEEP_PROOF } from "@/app/lib/playbook/legal";
import { channelOf, writesTermination } from "@/app/lib/playbook/checklist";
import { REASONS } from "@/app/lib/vocabulary";
import { StepForm, type StepField } from "@/app/ui/step-form";
import { FactText, type Lang } from "@/app/ui/fact";

import { Note, Section } from "@/app/ui/section";
import { yesNoOptions } from "@/app/ui/words";
import { EvidenceFiles } from "@/app/ui/steps/evidence-files";
import type { EvidenceView } from "@/app/lib/evidence/data";
import { linkButtonClass } from "@/app/ui/field";
import { defaultScript } from "@/app/lib/documents/script";

export function SubmitStep({ c, files, lang }: { c: CaseDetail; files: EvidenceView[]; lang: Lang }) {
  const { t, locale } = lang;
  const otherScript = defaultScript(locale) === "cyrl" ? "latn" : "cyrl";
  const f = c.answers;
  const channel = channelOf(f);
  const writesLetter = channel !== null && writesTermination(f);
  return (
    <>
      {channel === null && <Note tone="warn">{t("submit.chooseChannelFirst")}</Note>}
      {f.keepNumber === "yes" && <Note tone="info">{t("submit.noLetterKept")}</Note>}
      <Section title={t("submit.youHeading")}>
        <StepForm
          c={c}
          t={t}
          form="letter"
          submitLabel={t("common.save")}
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
            { kind: "text", name: "holderName", label: t("submit.holderName"), hint: t("submit.holderNameHint"), optional: true },
            { kind: "text", name: "letterPlace", label: t("submit.letterPlace"), optional: true },
            ...(f.abroad === "yes"
              ? ([
                  { kind: "text", name: "foreignAddress", label: t("abroad.foreignAddress"), hint: t("abroad.foreignAddressHint"), optional: true },
                ] satisfies StepField[])
              : []),
            { kind: "select", name: "reason", label: t("submit.reason"), options: REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) })) },
            {
              kind: "radio",
              name: "operatorEquipment",
              label: t("submit.operatorEquipment"),
              hint: t("submit.operatorEquipmentHint"),
              options: yesNoOptions(t),
            },
            { kind: "text", name: "refundIban", label: t("submit.refundIban"), hint: t("submit.refundIbanHint"), optional: true },
          ]}
        />
      </Section>
      {writesLetter && (
        <Section title={t("submit.letterHeading")}>
          <p className="text-sm">{t("submit.letterText")}</p>
          <a href={`/cases/${c.id}/letter.pdf`} className={`mt-3 ${linkButtonClass}`}>
            {t("submit.downloadLetter")}
          </a>
          {/* The same letter with its Serbian in the other script: the person's choice, not stored (documents/script.ts). */}
          <p className="mt-2">
            <a
              href={`/cases/${c.id}/letter.pdf?script=${otherScript}`}
              className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline"
            >
              {t(otherScript === "cyrl" ? "submit.letterInCyrillic" : "submit.letterInLatin")}
            </a>
          </p>
        </Section>
      )}
      {channel === "shop" && (
        <Section title={t("shopSheet.download")}>
          <p className="text-sm">{t("shopSheet.downloadHint")}</p>
          <a href={`/cases/${c.id}/shop-sheet.pdf`} className={`mt-3 ${linkButtonClass}`}>
            {t("shopSheet.download")}
          </a>
        </Section>
      )}
      <Section title={t("submit.recordHeading")}>
        <p className="mb-3 text-sm">
          <FactText fact={KEEP_PROOF} lang={lang} />
        </p>
        <StepForm
          c={c}
          t={t}
          form="submission"
          submitLabel={t("submit.saveSubmission")}
          fields={[
            { kind: "date", name: "submittedOn", label: t("submit.submittedOn") },
            { kind: "text", name: "operatorReference", label: t("submit.reference"), hint: t("submit.referenceHint"), optional: true },
            ...(channel === "letter"
              ? ([
                  { kind: "text", name: "postReceiptNo", label: t("evidence.postReceiptNo"), hint: t("evidence.postReceiptNoHint"), optional: true },
                ] satisfies StepField[])
              : []),
          ]}
        />
      </Section>
      <EvidenceFiles caseId={c.id} step="submit" files={files} lang={lang} />
    </>
  );
}

import type { EvidenceView } from "@/app/lib/evidence/data";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_PER_CASE, isPreviewable } from "@/app/lib/evidence/limits";
import { formatDateTime } from "@/app/lib/dates";
import { formatFileSize } from "@/app/lib/file-size";
import { EvidenceUpload, RemoveEvidenceButton } from "@/app/ui/evidence-upload";
import type { Lang } from "@/app/ui/fact";
import { Section } from "@/app/ui/section";

// Photos and scans of receipts: what is attached to the case (from both steps), and a
// form to attach one more on this step.
export function EvidenceFiles({ caseId, step, files, lang }: { caseId: string; step: "submit" | "wait"; files: EvidenceView[]; lang: Lang }) {
  const { t, locale } = lang;
  const max = formatFileSize(MAX_EVIDENCE_BYTES, locale);
  const url = (id: string) => `/cases/${caseId}/evidence/${id}`;
  return (
    <Section title={t("evidence.files.heading")}>
      <p className="mb-3 text-sm">{step === "submit" ? t("evidence.files.hintSubmit") : t("evidence.files.hintWait")}</p>
      {files.length === 0 ? (
        <p className="mb-4 text-sm text-slate-600">{t("evidence.files.none")}</p>
      ) : (
        <ul aria-label={t("evidence.files.listLabel")} className="mb-4 divide-y divide-slate-200 rounded-md border border-slate-200">
          {files.map((f) => {
            const inline = isPreviewable(f.type);
            return (
              <li key={f.id} className="flex flex-wrap items-center gap-3 p-3">
                {inline ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a preview of the owner's own file, made by our route with its checks
                  <img
                    src={`${url(f.id)}/preview`}
                    alt={t("evidence.files.preview", { name: f.name })}
                    width={64}
                    height={64}
                    loading="lazy"
                    className="h-16 w-16 shrink-0 rounded border border-slate-200 object-cover"
                  />
                ) : (
                  <span
                    aria-hidden="true"
                    className="flex h-16 w-16 shrink-0 items-center justify-center rounded border border-slate-200 bg-slate-50 text-xs font-semibold text-slate-600"
                  >
                    {f.type === "application/pdf" ? "PDF" : "HEIC"}
                  </span>
                )}
                <div className="min-w-0 flex-1">
                  <a
                    href={url(f.id)}
                    className="block break-all font-medium text-brand-800 underline"
                    {...(inline ? { target: "_blank", rel: "noopener" } : { download: f.name })}
                  >
                    {f.name}
                  </a>
                  <p className="text-sm text-slate-600">
                    {t("evidence.files.details", {
                      kind: f.type === "application/pdf" ? t("evidence.files.kindPdf") : t("evidence.files.kindPhoto"),
                      size: formatFileSize(f.size, locale),
                      date: formatDateTime(f.createdAt, locale),
                    })}
                  </p>
                </div>
                <RemoveEvidenceButton
                  caseId={caseId}
                  evidenceId={f.id}
                  name={f.name}
                  words={{
                    remove: t("evidence.files.remove"),
                    confirm: t("evidence.files.removeConfirm"),
                    keep: t("evidence.files.keep"),
                    removing: t("evidence.files.removing"),
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
      <EvidenceUpload
        caseId={caseId}
        step={step}
        locale={locale}
        words={{
          label: t("evidence.files.label"),
          rules: t("evidence.files.rules", { max, count: MAX_EVIDENCE_PER_CASE }),
          upload: t("evidence.files.upload"),
          uploading: t("evidence.files.uploading", { size: "{size}" }),
          attached: t("evidence.files.attached"),
          missing: t("errors.fileMissing"),
          tooBig: t("errors.fileTooBig", { size: "{size}", max: "{max}" }),
        }}
      />
    </Section>
  );
}

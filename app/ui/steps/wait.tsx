import type { CaseDetail } from "@/app/lib/cases/queries";
import { followUp } from "@/app/lib/playbook/deadline";
import { channelOf } from "@/app/lib/playbook/checklist";
import { ANSWER_TIME } from "@/app/lib/playbook/legal";
import { contractEndsBy } from "@/app/lib/playbook/rights";
import { CONTRACT_AFTER_TERM } from "@/app/lib/playbook/legal";
import { formatCalendarDate } from "@/app/lib/dates";
import { StepForm } from "@/app/ui/step-form";
import { FactText, type Lang } from "@/app/ui/fact";

import { Note, Section } from "@/app/ui/section";
import { EvidenceFiles } from "@/app/ui/steps/evidence-files";
import type { EvidenceView } from "@/app/lib/evidence/data";
import { secondaryLinkButtonClass } from "@/app/ui/field";

export function WaitStep({ c, files, today, lang }: { c: CaseDetail; files: EvidenceView[]; today: string; lang: Lang }) {
  const { t, locale } = lang;
  const f = c.answers;
  if (!f.submittedOn) return <Note tone="warn">{t("wait.recordFirst")}</Note>;
  const due = followUp(f.submittedOn, today);
  const status = f.answerOn
    ? ""
    : due.overdue
      ? t("wait.passed", { days: -due.daysLeft })
      : due.daysLeft === 0
        ? t("wait.today")
        : t("wait.left", { days: due.daysLeft });
  const receivedOn = c.stored.receivedOn;
  const ends = f.planType === "postpaid" ? contractEndsBy(f.submittedOn, receivedOn) : null;
  return (
    <>
      <Section title={t("wait.whenHeading")}>
        <p className="text-lg font-semibold">{t("wait.followUpOn", { date: formatCalendarDate(due.due, locale) })}</p>
        <p className="text-sm text-slate-700">
          {t("wait.counted", { days: due.businessDays, date: formatCalendarDate(f.submittedOn, locale) })} {status}
        </p>
        <p className="mt-2 text-sm">
          <FactText fact={ANSWER_TIME} lang={lang} />
        </p>
        <a href={`/cases/${c.id}/reminder.ics`} className={`mt-3 ${secondaryLinkButtonClass}`}>
          {t("wait.reminder")}
        </a>
        {due.overdue && !f.answerOn && (
          <div className="mt-3">
            <Note tone="warn">
              {t("wait.noAnswer")}{" "}
              <a href={`/cases/${c.id}/escalate`} className="font-semibold underline">
                {t("wait.escalateLink")}
              </a>
            </Note>
          </div>
        )}
      </Section>
      {ends && (
        <Section title={t("wait.endsByHeading")}>
          <p id="contract-ends-by" data-ends-by={ends.endsBy} className="font-semibold">
            {t(ends.from === receivedOn ? "wait.endsByReceived" : "wait.endsBySubmitted", {
              date: formatCalendarDate(ends.endsBy, locale),
              from: formatCalendarDate(ends.from, locale),
            })}
          </p>
          <p className="mt-2 text-sm">
            <FactText fact={CONTRACT_AFTER_TERM} lang={lang} />
          </p>
        </Section>
      )}
      <Section title={t("evidence.heading")}>
        <div role="status" id="receipt-state" className="mb-3">
          {c.stored.receivedOn ? (
            <Note tone="ok">{t("evidence.received", { date: formatCalendarDate(c.stored.receivedOn, locale) })}</Note>
          ) : (
            <Note tone="warn">{t("evidence.notReceived", { date: formatCalendarDate(f.submittedOn, locale) })}</Note>
          )}
        </div>
        <p className="mb-3 text-sm">{t(`evidence.proof.${channelOf(f) ?? "letter"}`)}</p>
        <StepForm
          c={c}
          t={t}
          form="received"
          submitLabel={t("evidence.save")}
          fields={[{ kind: "date", name: "receivedOn", label: t("evidence.receivedOn"), hint: t("evidence.receivedOnHint"), optional: true }]}
        />
      </Section>
      <EvidenceFiles caseId={c.id} step="wait" files={files} lang={lang} />
      <Section title={t("wait.answerHeading")}>
        <StepForm
          c={c}
          t={t}
          form="reply"
          submitLabel={t("wait.saveAnswer")}
          fields={[
            { kind: "date", name: "answerOn", label: t("wait.answerOn") },
            { kind: "textarea", name: "answerNote", label: t("wait.answerNote"), hint: t("wait.answerNoteHint"), optional: true },
          ]}
        />
      </Section>
    </>
  );
}

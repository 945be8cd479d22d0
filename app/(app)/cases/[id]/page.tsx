import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/app/lib/auth/session";
import { getCase } from "@/app/lib/cases/queries";
import { formatCalendarDate } from "@/app/lib/dates";
import { todayInBelgrade } from "@/app/lib/calendar";
import { followUp } from "@/app/lib/playbook/deadline";
import { channelOf, writesTermination } from "@/app/lib/playbook/checklist";
import { CaseProgressProvider, LiveProgressBar, StepCount } from "@/app/ui/case-progress";
import { countWords } from "@/app/ui/words";
import { StepChecklist } from "@/app/ui/checklist";
import { StepNav } from "@/app/ui/step-nav";
import { Timeline } from "@/app/ui/timeline";
import { CaseBreadcrumb, caseTitle } from "@/app/ui/case-header";
import { Note, PageSection } from "@/app/ui/section";
import { DeleteCaseForm } from "@/app/ui/delete-case-form";
import { getLocale, getT } from "@/app/lib/i18n/server";
import { stepTitle } from "@/app/lib/labels";
import { linkButtonClass, secondaryLinkButtonClass } from "@/app/ui/field";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("caseView.steps") };
}

export default async function CasePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/cases/${id}`);
  const today = todayInBelgrade();
  const c = await getCase(user.id, id, today);
  if (!c) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const lang = { t, locale };
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const f = c.answers;
  const channel = channelOf(f);
  const due = f.submittedOn && !f.answerOn ? followUp(f.submittedOn, today) : null;
  const next = c.progress.nextStep;
  const nextStep = c.progress.steps.find((s) => s.id === next);
  const words = countWords(t);

  return (
    <CaseProgressProvider initial={c.progress}>
      <div className="space-y-8">
        <section aria-labelledby="case-heading" className="space-y-4">
          <CaseBreadcrumb c={c} lang={lang} />
          <h1 id="case-heading" className="text-2xl font-bold">
            {caseTitle(c, lang)}
          </h1>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("caseView.planType")}</dt>
            <dd>{f.planType === "prepaid" ? t("common.prepaid") : t("common.postpaid")}</dd>
            <dt className="text-slate-600">{t("caseView.contractEndDate")}</dt>
            <dd>{f.contractEndDate ? date(f.contractEndDate) : t("common.notGiven")}</dd>
            {channel && (
              <>
                <dt className="text-slate-600">{t("caseView.channel")}</dt>
                <dd>{t(`channels.${channel}`)}</dd>
              </>
            )}
            {f.submittedOn && (
              <>
                <dt className="text-slate-600">{t("caseView.submitted")}</dt>
                <dd>
                  {date(f.submittedOn)}
                  {c.stored.operatorReference ? ` ${t("caseView.reference", { reference: c.stored.operatorReference })}` : ""}
                </dd>
              </>
            )}
            {f.closedOn && (
              <>
                <dt className="text-slate-600">{t("caseView.lineClosed")}</dt>
                <dd>{date(f.closedOn)}</dd>
              </>
            )}
          </dl>
          <LiveProgressBar words={words} />
          {due && (
            <Note tone={due.overdue ? "warn" : "info"}>
              {t("caseView.followUpOn", { date: date(due.due) })}{" "}
              {due.overdue
                ? t("caseView.followUpPassed")
                : due.daysLeft === 0
                  ? t("caseView.followUpToday")
                  : t("caseView.followUpDaysLeft", { days: due.daysLeft })}{" "}
              <a href={`/cases/${c.id}/${due.overdue ? "escalate" : "wait"}`} className="font-semibold underline">
                {due.overdue ? t("caseView.whatNow") : t("caseView.details")}
              </a>
            </Note>
          )}
          <div className="flex flex-wrap gap-3 print:hidden">
            {next ? (
              <a href={`/cases/${c.id}/${next}`} className={linkButtonClass}>
                {t("cases.continue")}
              </a>
            ) : (
              <Note tone="ok">{t("caseView.allDone")}</Note>
            )}
            <a href={`/cases/${c.id}/summary.pdf`} className={secondaryLinkButtonClass}>
              {t("caseView.downloadSummary")}
            </a>
            {writesTermination(f) && (
              <a href={`/cases/${c.id}/shop-sheet.pdf`} className={secondaryLinkButtonClass}>
                {t("shopSheet.download")}
              </a>
            )}
          </div>
        </section>

        <PageSection id="steps" title={t("caseView.steps")} className="print:hidden">
          <div className="mt-3">
            <StepNav caseId={c.id} progress={c.progress} current={next ?? undefined} lang={lang} />
          </div>
        </PageSection>

        {/* Only the next step's items: each step page lists its own, and rendering all of
            them here made this the slowest page (issue 18: HTML 56 KB -> 35 KB). */}
        {nextStep && (
          <PageSection id="checklist" title={t("caseView.checklist")}>
            <div id={`step-${nextStep.id}`} className="mt-3 scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  <a href={`/cases/${c.id}/${nextStep.id}`} className="hover:underline">
                    {c.progress.steps.indexOf(nextStep) + 1}. {stepTitle(t, nextStep.id)}
                  </a>
                </h3>
                <StepCount step={nextStep.id} words={words} className="text-sm" doneClass="text-green-700" openClass="text-slate-600" />
              </div>
              <div className="mt-2">
                <StepChecklist c={c} step={nextStep.id} lang={lang} />
              </div>
            </div>
          </PageSection>
        )}

        <PageSection id="timeline" title={t("caseView.timeline")}>
          <div className="mt-3">
            <Timeline events={c.events} t={t} locale={locale} />
          </div>
        </PageSection>

        <section aria-labelledby="delete-heading" className="rounded-lg border border-red-200 bg-white p-4 print:hidden">
          <h2 id="delete-heading" className="text-lg font-semibold">
            {t("caseView.deleteHeading")}
          </h2>
          <p className="mb-3 mt-1 text-sm text-slate-700">{t("caseView.deleteText")}</p>
          <DeleteCaseForm
            caseId={c.id}
            words={{ confirm: t("caseView.deleteConfirm"), button: t("caseView.deleteButton"), deleting: t("caseView.deleting") }}
          />
        </section>
      </div>
    </CaseProgressProvider>
  );
}

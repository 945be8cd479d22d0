import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "../../lib/auth";
import { getCase } from "../../lib/cases/data";
import { formatCalendarDate } from "../../lib/dates";
import { todayInBelgrade } from "../../lib/calendar";
import { followUp } from "../../lib/playbook/deadline";
import { ProgressBar } from "../../ui/progress-bar";
import { StepChecklist } from "../../ui/checklist";
import { StepNav } from "../../ui/step-nav";
import { Timeline } from "../../ui/timeline";
import { CaseBreadcrumb, caseTitle } from "../../ui/case-header";
import { Note } from "../../ui/steps/section";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Case" };

const CHANNEL_LABEL = { shop: "In a shop", email: "By e-mail", letter: "By registered letter", porting: "Porting to another operator" };

export default async function CasePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/cases/${id}`);
  const c = await getCase(user.id, id);
  if (!c) notFound();
  const f = c.facts;
  const due = f.submittedOn && !f.answerOn ? followUp(f.submittedOn, todayInBelgrade()) : null;
  const next = c.progress.nextStep;

  return (
    <div className="space-y-8">
      <section aria-labelledby="case-heading" className="space-y-4">
        <CaseBreadcrumb c={c} />
        <h1 id="case-heading" className="text-2xl font-bold">
          {caseTitle(c)}
        </h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">Plan type</dt>
          <dd>{f.planType === "prepaid" ? "Prepaid" : "Postpaid"}</dd>
          <dt className="text-slate-600">Contract end date</dt>
          <dd>{f.contractEndDate ? formatCalendarDate(f.contractEndDate) : "Not given"}</dd>
          {f.channel && (
            <>
              <dt className="text-slate-600">Channel</dt>
              <dd>{CHANNEL_LABEL[f.channel]}</dd>
            </>
          )}
          {f.submittedOn && (
            <>
              <dt className="text-slate-600">Submitted</dt>
              <dd>
                {formatCalendarDate(f.submittedOn)}
                {c.operatorReference ? ` (reference ${c.operatorReference})` : ""}
              </dd>
            </>
          )}
          {f.closedOn && (
            <>
              <dt className="text-slate-600">Line closed</dt>
              <dd>{formatCalendarDate(f.closedOn)}</dd>
            </>
          )}
        </dl>
        <ProgressBar done={c.progress.done} total={c.progress.total} label="Progress" />
        {due && (
          <Note tone={due.overdue ? "warn" : "info"}>
            Follow up on <strong>{formatCalendarDate(due.due)}</strong> if the operator has not answered
            {due.overdue ? " (that date has passed)" : due.daysLeft === 0 ? " (today)" : ` (${due.daysLeft} days left)`}.{" "}
            <Link href={`/cases/${c.id}/${due.overdue ? "escalate" : "wait"}`} className="font-semibold underline">
              {due.overdue ? "What to do now" : "Details"}
            </Link>
          </Note>
        )}
        <div className="flex flex-wrap gap-3">
          {next ? (
            <Link href={`/cases/${c.id}/${next}`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
              Continue
            </Link>
          ) : (
            <Note tone="ok">All steps are done.</Note>
          )}
          <a href={`/cases/${c.id}/summary.pdf`} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100">
            Download PDF summary
          </a>
        </div>
      </section>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="text-xl font-semibold">
          Steps
        </h2>
        <div className="mt-3">
          <StepNav caseId={c.id} progress={c.progress} current={next ?? undefined} />
        </div>
      </section>

      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading" className="text-xl font-semibold">
          Checklist
        </h2>
        <ol className="mt-3 space-y-4">
          {c.progress.steps.map((step, index) => (
            <li key={step.id} id={`step-${step.id}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  <Link href={`/cases/${c.id}/${step.id}`} className="hover:underline">
                    {index + 1}. {step.title}
                  </Link>
                </h3>
                <span className={`text-sm ${step.done === step.total ? "text-green-700" : "text-slate-600"}`}>
                  {step.done === step.total ? "Done" : `${step.done} of ${step.total}`}
                </span>
              </div>
              <div className="mt-2">
                <StepChecklist c={c} step={step.id} />
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          Timeline
        </h2>
        <div className="mt-3">
          <Timeline events={c.events} />
        </div>
      </section>
    </div>
  );
}

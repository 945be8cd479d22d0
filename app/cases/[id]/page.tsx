import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "../../lib/auth";
import { getCase } from "../../lib/cases/data";
import { operatorName } from "../../lib/playbook/operators";
import { formatE164 } from "../../lib/phone";
import { formatCalendarDate } from "../../lib/dates";
import { ProgressBar } from "../../ui/progress-bar";
import { ChecklistItemToggle } from "../../ui/checklist-item";
import { Timeline } from "../../ui/timeline";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Case" };

export default async function CasePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/cases/${id}`);
  const c = await getCase(user.id, id);
  if (!c) notFound();

  return (
    <div className="space-y-8">
      <section aria-labelledby="case-heading">
        <p className="text-sm">
          <Link href="/cases" className="text-brand-700 underline">
            My cases
          </Link>
        </p>
        <h1 id="case-heading" className="mt-1 text-2xl font-bold">
          {operatorName(c.operator)} · {formatE164(c.phoneE164)}
        </h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">Plan type</dt>
          <dd>{c.planType === "prepaid" ? "Prepaid" : "Postpaid"}</dd>
          <dt className="text-slate-600">Contract end date</dt>
          <dd>{c.contractEndDate ? formatCalendarDate(c.contractEndDate) : "Not given"}</dd>
        </dl>
        <div className="mt-4">
          <ProgressBar done={c.progress.done} total={c.progress.total} label="Progress" />
        </div>
        <a
          href={`/cases/${c.id}/summary.pdf`}
          className="mt-4 inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100"
        >
          Download PDF summary
        </a>
      </section>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="text-xl font-semibold">
          Steps
        </h2>
        <ol className="mt-3 space-y-4">
          {c.progress.steps.map((step, index) => (
            <li
              key={step.id}
              id={`step-${step.id}`}
              className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              aria-current={c.progress.nextStep === step.id ? "step" : undefined}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  {index + 1}. {step.title}
                </h3>
                <span className={`text-sm ${step.done === step.total ? "text-green-700" : "text-slate-600"}`}>
                  {step.done === step.total ? "Done" : `${step.done} of ${step.total}`}
                </span>
              </div>
              <ul className="mt-2 divide-y divide-slate-100">
                {c.items
                  .filter((i) => i.step === step.id)
                  .map((i) => (
                    <ChecklistItemToggle key={i.key} caseId={c.id} itemKey={i.key} label={i.label} done={i.done} />
                  ))}
              </ul>
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

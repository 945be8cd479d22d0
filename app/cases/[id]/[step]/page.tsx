import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "../../../lib/auth";
import { getCase } from "../../../lib/cases/data";
import { STEP_TITLES, type StepId } from "../../../lib/playbook/checklist";
import { todayInBelgrade } from "../../../lib/calendar";
import { CaseBreadcrumb } from "../../../ui/case-header";
import { StepNav } from "../../../ui/step-nav";
import { StepChecklist } from "../../../ui/checklist";
import { EligibilityStep } from "../../../ui/steps/eligibility";
import { PrepareStep } from "../../../ui/steps/prepare";
import { ContactStep } from "../../../ui/steps/contact";
import { SubmitStep } from "../../../ui/steps/submit";
import { WaitStep } from "../../../ui/steps/wait";
import { ConfirmStep } from "../../../ui/steps/confirm";
import { EscalateStep } from "../../../ui/steps/escalate";
import { Section } from "../../../ui/steps/section";

type Props = { params: Promise<{ id: string; step: string }> };

const ESCALATE_TITLE = "No answer: follow up and complain";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { step } = await params;
  return { title: step === "escalate" ? ESCALATE_TITLE : (STEP_TITLES[step as StepId] ?? "Step") };
}

export default async function StepPage({ params }: Props) {
  const { id, step } = await params;
  const user = await requireUser(`/cases/${id}/${step}`);
  const c = await getCase(user.id, id);
  if (!c) notFound();
  const today = todayInBelgrade();
  const steps = c.progress.steps.map((s) => s.id);
  if (step !== "escalate" && !steps.includes(step as StepId)) notFound();

  const title = step === "escalate" ? ESCALATE_TITLE : STEP_TITLES[step as StepId];
  const index = steps.indexOf(step as StepId);
  const next = index >= 0 ? steps[index + 1] : undefined;
  const prev = index > 0 ? steps[index - 1] : undefined;
  const content = {
    eligibility: <EligibilityStep c={c} today={today} />,
    prepare: <PrepareStep c={c} />,
    contact: <ContactStep c={c} />,
    submit: <SubmitStep c={c} />,
    wait: <WaitStep c={c} today={today} />,
    confirm: <ConfirmStep c={c} />,
    escalate: <EscalateStep c={c} today={today} />,
  }[step as StepId | "escalate"];

  return (
    <div className="space-y-6">
      <CaseBreadcrumb c={c} here={title} />
      <h1 className="text-2xl font-bold">
        {index >= 0 && <span className="text-slate-600">Step {index + 1} of {steps.length}: </span>}
        {title}
      </h1>
      {content}
      {index >= 0 && (
        <Section title="Checklist">
          <StepChecklist c={c} step={step as StepId} />
        </Section>
      )}
      <div className="flex flex-wrap justify-between gap-3">
        {prev ? (
          <Link href={`/cases/${c.id}/${prev}`} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100">
            ← {STEP_TITLES[prev]}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/cases/${c.id}/${next}`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
            Next: {STEP_TITLES[next]} →
          </Link>
        ) : (
          <Link href={`/cases/${c.id}`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
            Case overview
          </Link>
        )}
      </div>
      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-medium">All steps</summary>
        <div className="mt-3">
          <StepNav caseId={c.id} progress={c.progress} current={index >= 0 ? (step as StepId) : undefined} />
        </div>
      </details>
    </div>
  );
}

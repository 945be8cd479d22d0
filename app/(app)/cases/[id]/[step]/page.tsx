import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/app/lib/auth/session";
import { getCase } from "@/app/lib/cases/queries";
import { listEvidence } from "@/app/lib/evidence/data";
import type { StepId } from "@/app/lib/vocabulary";
import { getLocale, getT } from "@/app/lib/i18n/server";
import { stepTitle } from "@/app/lib/labels";
import { todayInBelgrade } from "@/app/lib/calendar";
import { CaseBreadcrumb } from "@/app/ui/case-header";
import { StepNav } from "@/app/ui/step-nav";
import { StepChecklist } from "@/app/ui/checklist";
import { EligibilityStep } from "@/app/ui/steps/eligibility";
import { PrepareStep } from "@/app/ui/steps/prepare";
import { ContactStep } from "@/app/ui/steps/contact";
import { SubmitStep } from "@/app/ui/steps/submit";
import { WaitStep } from "@/app/ui/steps/wait";
import { ConfirmStep } from "@/app/ui/steps/confirm";
import { EscalateStep } from "@/app/ui/steps/escalate";
import { Section } from "@/app/ui/section";
import { UnlinkDetails } from "@/app/ui/steps/afterlife";
import { AFTERLIFE_KEYS, UNLINK_KEY } from "@/app/lib/playbook/afterlife";
import { CaseProgressProvider } from "@/app/ui/case-progress";
import { linkButtonClass, secondaryLinkButtonClass } from "@/app/ui/field";

type Props = { params: Promise<{ id: string; step: string }> };

const PAGES = ["eligibility", "prepare", "contact", "submit", "wait", "confirm", "escalate"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { step } = await params;
  return PAGES.includes(step) ? { title: stepTitle(await getT(), step as StepId) } : {};
}

export default async function StepPage({ params }: Props) {
  const { id, step } = await params;
  const user = await requireUser(`/cases/${id}/${step}`);
  const withFiles = step === "submit" || step === "wait";
  const today = todayInBelgrade();
  const [c, files] = await Promise.all([getCase(user.id, id, today), withFiles ? listEvidence(user.id, id) : []]);
  if (!c) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const lang = { t, locale };
  const steps = c.progress.steps.map((s) => s.id);
  if (step !== "escalate" && !steps.includes(step as StepId)) notFound();

  const title = stepTitle(t, step as StepId | "escalate");
  const index = steps.indexOf(step as StepId);
  const next = index >= 0 ? steps[index + 1] : undefined;
  const prev = index > 0 ? steps[index - 1] : undefined;
  const content = {
    eligibility: <EligibilityStep c={c} today={today} lang={lang} />,
    prepare: <PrepareStep c={c} today={today} lang={lang} />,
    contact: <ContactStep c={c} lang={lang} />,
    submit: <SubmitStep c={c} files={files} lang={lang} />,
    wait: <WaitStep c={c} files={files} today={today} lang={lang} />,
    confirm: <ConfirmStep c={c} today={today} lang={lang} />,
    escalate: <EscalateStep c={c} today={today} lang={lang} />,
  }[step as StepId | "escalate"];

  return (
    <CaseProgressProvider initial={c.progress}>
      <div className="space-y-6">
        <CaseBreadcrumb c={c} here={title} lang={lang} />
        <h1 className="text-2xl font-bold">
          {index >= 0 && <span className="text-slate-600">{t("stepPage.stepOf", { index: index + 1, count: steps.length })} </span>}
          {title}
        </h1>
        {content}
        {index >= 0 && (
          <Section title={t("stepPage.checklist")}>
            {/* The prepare step shows its inventory items in their own section, with how-tos. */}
            <StepChecklist
              c={c}
              step={step as StepId}
              lang={lang}
              omit={step === "prepare" ? AFTERLIFE_KEYS : []}
              details={{ [UNLINK_KEY]: <UnlinkDetails lang={lang} /> }}
            />
          </Section>
        )}
        <div className="flex flex-wrap justify-between gap-3">
          {prev ? (
            <a href={`/cases/${c.id}/${prev}`} className={secondaryLinkButtonClass}>
              ← {stepTitle(t, prev)}
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a href={`/cases/${c.id}/${next}`} className={linkButtonClass}>
              {t("stepPage.next", { title: stepTitle(t, next) })} →
            </a>
          ) : (
            <a href={`/cases/${c.id}`} className={linkButtonClass}>
              {t("stepPage.overview")}
            </a>
          )}
        </div>
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">{t("stepPage.allSteps")}</summary>
          <div className="mt-3">
            <StepNav caseId={c.id} progress={c.progress} current={index >= 0 ? (step as StepId) : undefined} lang={lang} />
          </div>
        </details>
      </div>
    </CaseProgressProvider>
  );
}

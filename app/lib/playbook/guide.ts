import { checklistFor, stepsFor, type CaseAnswers } from "@/app/lib/playbook/checklist";
import { OPERATOR_IDS, STEP_IDS, type Channel, type OperatorId, type PlanType, type StepId } from "@/app/lib/vocabulary";

// The public guide to one operator and plan: the case's own checklist, read for a person
// who has answered nothing yet and gives the number up (keeping it is porting, which the
// guide points to). Items that depend on the channel are listed under the channel they
// belong to, so the guide shows each way of submitting without choosing one. Pure: the
// same rules as a case, no second copy of any step.

// The operators a guide is written for ("other" has no facts of its own to show).
export const GUIDE_OPERATORS = OPERATOR_IDS.filter((o): o is Exclude<OperatorId, "other"> => o !== "other");
export const GUIDE_CHANNELS = ["shop", "email", "letter"] as const satisfies readonly Channel[];

export type GuideStep = {
  id: StepId;
  // Items every way of submitting shares.
  items: string[];
  // Items of one channel only, by channel (empty when the step has none).
  byChannel: { channel: (typeof GUIDE_CHANNELS)[number]; items: string[] }[];
};

// A case as it stands before any answer: the operator and plan only; the number given up;
// the questions with "don't know" answered so, so that what they would ask for shows.
export function guideAnswers(operator: OperatorId, planType: PlanType, channel: Channel | null = null): CaseAnswers {
  return {
    operator,
    planType,
    contractEndDate: null,
    unpaidBills: "unknown",
    accountProblems: "unknown",
    channel,
    idDocument: null,
    holderName: null,
    submittedOn: null,
    answerOn: null,
    closedOn: null,
    representative: null,
    priceNoticeOn: null,
    keepNumber: "no",
    deviceInstalments: null,
  };
}

// `today` only decides rules that compare dates; with no dates given, none applies.
export function guideSteps(operator: OperatorId, planType: PlanType, today: string): GuideStep[] {
  const keysOf = (channel: Channel | null, step: StepId) =>
    checklistFor(guideAnswers(operator, planType, channel), today)
      .filter((i) => i.step === step)
      .map((i) => i.key);
  // A prepaid card handed in at a shop skips the wait step; the other channels keep it.
  const steps = STEP_IDS.filter((s) => GUIDE_CHANNELS.some((c) => stepsFor(guideAnswers(operator, planType, c)).includes(s)));
  return steps.map((id) => {
    const perChannel = GUIDE_CHANNELS.map((channel) => ({ channel, keys: keysOf(channel, id) }));
    // Shared: in every channel's list (and so independent of the choice).
    const shared = perChannel[0]!.keys.filter((k) => perChannel.every((p) => p.keys.includes(k)));
    const byChannel = perChannel.map((p) => ({ channel: p.channel, items: p.keys.filter((k) => !shared.includes(k)) })).filter((p) => p.items.length > 0);
    return { id, items: shared, byChannel };
  });
}

import type { Answer } from "@/app/lib/vocabulary";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import { msg, verified, type Fact, type Msg } from "@/app/lib/playbook/facts";
import { PORTING_REFUSALS } from "@/app/lib/playbook/legal";

// Keep-my-number pre-check: before a person asks another operator to port the number
// (prenos broja), the questions behind the grounds on which a porting request is refused,
// and which of them block this person now. Each ground names its source.

export const PORTING_QUESTIONS = ["portRegistered", "portDebts", "portRecent", "portCommitment", "portStolen"] as const;
export type PortingQuestion = (typeof PORTING_QUESTIONS)[number];
export type PortingAnswers = Record<PortingQuestion, Answer | null>;

// A1's conditions for a number moving to A1 (Globaltel's page says the same of its own);
// RATEL's list of refusal grounds does not name a running commitment.
export const PORTING_COMMITMENT = verified(msg("legal.portingCommitment"), "https://a1.rs/privatni/postpaid/NEO");

export type GroundState = "blocks" | "unknown" | "clear";
export type Ground = {
  question: PortingQuestion;
  state: GroundState;
  // Where the answer came from when the person was not asked here: the contract end date,
  // or the unpaid-bills answer on the first step.
  from: "contractEndDate" | "unpaidBills" | null;
  source: Fact<Msg>;
};
export type PortingCheck = {
  // "blocked": something here refuses a porting request now; "unsure": some answers are
  // "don't know" or missing; "clear": nothing the person told Odjava blocks it.
  verdict: "blocked" | "unsure" | "clear";
  grounds: Ground[];
  // The questions to ask on the form (the others are answered by other facts or do not
  // apply to this plan).
  asked: PortingQuestion[];
};

const stateOf = (answer: Answer | null, blocksOn: Answer): GroundState =>
  answer === null || answer === "unknown" ? "unknown" : answer === blocksOn ? "blocks" : "clear";

export function portingCheck(f: CaseAnswers, answers: PortingAnswers, today: string): PortingCheck {
  const prepaid = f.planType === "prepaid";
  const grounds: Ground[] = [];
  const asked: PortingQuestion[] = [];
  const ask = (question: PortingQuestion, blocksOn: Answer, source: Fact<Msg>) => {
    asked.push(question);
    grounds.push({ question, state: stateOf(answers[question], blocksOn), from: null, source });
  };

  if (prepaid) ask("portRegistered", "no", PORTING_REFUSALS);
  if (answers.portDebts === null && f.unpaidBills !== null) {
    asked.push("portDebts");
    grounds.push({ question: "portDebts", state: stateOf(f.unpaidBills, "yes"), from: "unpaidBills", source: PORTING_REFUSALS });
  } else {
    ask("portDebts", "yes", PORTING_REFUSALS);
  }
  ask("portRecent", "yes", PORTING_REFUSALS);
  if (!prepaid) {
    if (f.contractEndDate) {
      grounds.push({ question: "portCommitment", state: f.contractEndDate > today ? "blocks" : "clear", from: "contractEndDate", source: PORTING_COMMITMENT });
    } else {
      ask("portCommitment", "yes", PORTING_COMMITMENT);
    }
  }
  ask("portStolen", "yes", PORTING_REFUSALS);

  const verdict = grounds.some((g) => g.state === "blocks") ? "blocked" : grounds.some((g) => g.state === "unknown") ? "unsure" : "clear";
  return { verdict, grounds, asked };
}

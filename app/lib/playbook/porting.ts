import type { Answer } from "@/app/lib/vocabulary";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import { AUDITED, msg, verified, type Fact, type Msg } from "@/app/lib/playbook/facts";
import { PORTING_REFUSALS } from "@/app/lib/playbook/legal";
import { portRegisteredOf } from "@/app/lib/playbook/registration";

// Keep-my-number pre-check: before a person asks another operator to port the number
// (prenos broja), the questions behind the grounds on which a porting request is refused,
// and which of them block this person now. Each ground names its source.

// The grounds; all but portRegistered are asked on the pre-check's form and stored under
// their own names. portRegistered is read from the prepaid registration answer (one answer
// for the card's registration and for porting: playbook/registration.ts).
export type PortingQuestion = "portRegistered" | (typeof PORTING_QUESTIONS)[number];
export const PORTING_QUESTIONS = ["portDebts", "portRecent", "portCommitment", "portStolen"] as const;
export type PortingAnswers = Record<(typeof PORTING_QUESTIONS)[number], Answer | null>;

// A1's conditions for a number moving to A1 (Globaltel's page says the same of its own);
// RATEL's list of refusal grounds does not name a running commitment.
export const PORTING_COMMITMENT = verified(msg("legal.portingCommitment"), "https://a1.rs/privatni/postpaid/NEO", "operator", {
  checked: AUDITED,
  also: ["https://a1.rs/podrska/faq-single-view?id=46", "https://www.globaltel.rs/prenesi-svoj-broj"],
});

// Where each ground comes from: RATEL's grounds from its porting rulebook of 2022 (13/22),
// not yet checked against the one that applies from 1 June 2025 (82/24); the commitment from
// the operators' own conditions.
type Basis = Pick<Ground, "source" | "readFrom">;
const RATEL_RULEBOOK: Basis = { source: PORTING_REFUSALS, readFrom: msg("prepare.readFromRulebook") };
const OPERATORS_CONDITIONS: Basis = { source: PORTING_COMMITMENT, readFrom: msg("prepare.readFromOperators") };

export type GroundState = "blocks" | "unknown" | "clear";
export type Ground = {
  question: PortingQuestion;
  state: GroundState;
  // Where the answer came from when the person was not asked here: the contract end date,
  // the unpaid-bills answer or the prepaid registration answer on the first step.
  from: "contractEndDate" | "unpaidBills" | "prepaidRegistration" | null;
  source: Fact<Msg>;
  // Which rulebook (or whose conditions) the ground was read from.
  readFrom: Msg;
};
export type PortingCheck = {
  // "blocked": something here refuses a porting request now; "unsure": some answers are
  // "don't know" or missing; "clear": nothing the person told Odjava blocks it.
  verdict: "blocked" | "unsure" | "clear";
  grounds: Ground[];
  // The questions to ask on the form (the others are answered by other facts or do not
  // apply to this plan).
  asked: (typeof PORTING_QUESTIONS)[number][];
};

const stateOf = (answer: Answer | null, blocksOn: Answer): GroundState =>
  answer === null || answer === "unknown" ? "unknown" : answer === blocksOn ? "blocks" : "clear";

export function portingCheck(f: CaseAnswers, answers: PortingAnswers, today: string): PortingCheck {
  const prepaid = f.planType === "prepaid";
  const grounds: Ground[] = [];
  const asked: (typeof PORTING_QUESTIONS)[number][] = [];
  const ask = (question: (typeof PORTING_QUESTIONS)[number], blocksOn: Answer, basis: Basis) => {
    asked.push(question);
    grounds.push({ question, state: stateOf(answers[question], blocksOn), from: null, ...basis });
  };

  if (prepaid)
    grounds.push({
      question: "portRegistered",
      state: stateOf(portRegisteredOf(f.prepaidRegistration), "no"),
      from: "prepaidRegistration",
      ...RATEL_RULEBOOK,
    });
  if (answers.portDebts === null && f.unpaidBills !== null) {
    asked.push("portDebts");
    grounds.push({ question: "portDebts", state: stateOf(f.unpaidBills, "yes"), from: "unpaidBills", ...RATEL_RULEBOOK });
  } else {
    ask("portDebts", "yes", RATEL_RULEBOOK);
  }
  ask("portRecent", "yes", RATEL_RULEBOOK);
  if (!prepaid) {
    if (f.contractEndDate) {
      grounds.push({
        question: "portCommitment",
        state: f.contractEndDate > today ? "blocks" : "clear",
        from: "contractEndDate",
        ...OPERATORS_CONDITIONS,
      });
    } else {
      ask("portCommitment", "yes", OPERATORS_CONDITIONS);
    }
  }
  ask("portStolen", "yes", RATEL_RULEBOOK);

  const verdict = grounds.some((g) => g.state === "blocks") ? "blocked" : grounds.some((g) => g.state === "unknown") ? "unsure" : "clear";
  return { verdict, grounds, asked };
}

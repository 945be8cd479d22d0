import { daysBetween } from "../calendar";
import type { CaseFacts } from "./checklist";

export type Verdict = {
  // "clear": nothing known blocks it; "act": something must be done first;
  // "ask": go ahead, but ask the operator about a cost first; "unanswered": questions open.
  level: "clear" | "act" | "ask" | "unanswered";
  reasons: string[];
  monthsLeft: number | null;
};

// Whole months from today until the contract's end date (0 when under a month is left).
export function monthsLeft(today: string, endDate: string): number {
  return Math.max(0, Math.floor(daysBetween(today, endDate) / 30.44));
}

export function eligibilityVerdict(f: CaseFacts, today: string): Verdict {
  const reasons: string[] = [];
  let level: Verdict["level"] = "clear";
  const raise = (to: Verdict["level"]) => {
    const order = ["clear", "ask", "act", "unanswered"] as const;
    if (order.indexOf(to) > order.indexOf(level)) level = to;
  };
  const running = f.planType === "postpaid" && f.contractEndDate !== null && f.contractEndDate > today;
  const left = running ? monthsLeft(today, f.contractEndDate!) : null;

  if (f.accountProblems === null || (f.planType === "postpaid" && f.unpaidBills === null)) {
    raise("unanswered");
    reasons.push("Answer the questions below to see what blocks cancellation.");
  }
  if (f.unpaidBills === "yes") {
    raise("act");
    reasons.push("Pay the bills that are due first: operators ask for them to be settled before a contract ends.");
  }
  if (f.unpaidBills === "unknown") {
    raise("act");
    reasons.push("Find out whether a bill is due (on your last bill, in the operator's app, or by asking) and pay it first.");
  }
  if (f.accountProblems === "yes" || f.accountProblems === "unknown") {
    raise("act");
    reasons.push("Sort out the account problem with the operator first (a blocked line, a dispute, a contract in someone else's name).");
  }
  if (running) {
    raise("ask");
    reasons.push(
      `The minimum term runs until ${f.contractEndDate} (${left === 0 ? "less than a month" : `about ${left} month${left === 1 ? "" : "s"}`} left). Ending earlier may cost money: ask the operator for the amount before you submit.`,
    );
  } else if (f.planType === "postpaid" && f.contractEndDate === null) {
    raise("ask");
    reasons.push("The contract end date is not known: ask the operator whether a minimum term is still running and what ending early would cost.");
  } else if (f.planType === "postpaid") {
    reasons.push("The minimum term has ended, so ending the contract should cost nothing beyond bills due.");
  }
  if (level === "clear" && reasons.length === 0) reasons.push("Nothing you told us blocks cancellation.");
  return { level, reasons, monthsLeft: left };
}

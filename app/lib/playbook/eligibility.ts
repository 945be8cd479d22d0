import { daysBetween } from "@/app/lib/calendar";
import type { CaseAnswers } from "@/app/lib/playbook/checklist";
import { msg, type Msg } from "@/app/lib/playbook/facts";

export type Verdict = {
  // "clear": nothing known blocks it; "act": something must be done first;
  // "ask": go ahead, but ask the operator about a cost first; "unanswered": questions open.
  level: "clear" | "act" | "ask" | "unanswered";
  reasons: Msg[];
  monthsLeft: number | null;
};

// Whole months from today until the contract's end date (0 when under a month is left).
export function monthsLeft(today: string, endDate: string): number {
  return Math.max(0, Math.floor(daysBetween(today, endDate) / 30.44));
}

export function eligibilityVerdict(f: CaseAnswers, today: string): Verdict {
  const reasons: Msg[] = [];
  let level: Verdict["level"] = "clear";
  const raise = (to: Verdict["level"]) => {
    const order = ["clear", "ask", "act", "unanswered"] as const;
    if (order.indexOf(to) > order.indexOf(level)) level = to;
  };
  const running = f.planType === "postpaid" && f.contractEndDate !== null && f.contractEndDate > today;
  const left = running ? monthsLeft(today, f.contractEndDate!) : null;

  if (f.accountProblems === null || (f.planType === "postpaid" && f.unpaidBills === null)) {
    raise("unanswered");
    reasons.push(msg("eligibility.reasonUnanswered"));
  }
  if (f.unpaidBills === "yes") {
    raise("act");
    reasons.push(msg("eligibility.reasonBills"));
  }
  if (f.unpaidBills === "unknown") {
    raise("act");
    reasons.push(msg("eligibility.reasonBillsUnknown"));
  }
  if (f.accountProblems === "yes" || f.accountProblems === "unknown") {
    raise("act");
    reasons.push(msg("eligibility.reasonAccount"));
  }
  if (running) {
    raise("ask");
    reasons.push(msg("eligibility.reasonTermRunning", { date: f.contractEndDate!, months: String(left) }));
  } else if (f.planType === "postpaid" && f.contractEndDate === null) {
    raise("ask");
    reasons.push(msg("eligibility.reasonTermUnknown"));
  } else if (f.planType === "postpaid") {
    reasons.push(msg("eligibility.reasonTermOver"));
  }
  if (level === "clear" && reasons.length === 0) reasons.push(msg("eligibility.reasonClear"));
  return { level, reasons, monthsLeft: left };
}

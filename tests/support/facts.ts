import type { CaseAnswers } from "@/app/lib/playbook/checklist";

// A case's answers for the playbook's pure functions: an A1 postpaid case with nothing
// answered yet, and `patch` on top.
export function caseFacts(patch: Partial<CaseAnswers> = {}): CaseAnswers {
  return {
    operator: "a1",
    planType: "postpaid",
    contractEndDate: null,
    unpaidBills: null,
    accountProblems: null,
    channel: null,
    idDocument: null,
    holderName: null,
    submittedOn: null,
    answerOn: null,
    closedOn: null,
    ...patch,
  };
}

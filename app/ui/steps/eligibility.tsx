import type { CaseDetail } from "../../lib/cases/data";
import { eligibilityVerdict } from "../../lib/playbook/eligibility";
import { operatorById } from "../../lib/playbook/operators";
import { CHANGE_OF_TERMS, CONTRACT_AFTER_TERM } from "../../lib/playbook/legal";
import { FactForm, type FieldSpec } from "../fact-form";
import { FactText } from "../fact";
import { Note, Section } from "./section";

const ANSWERS = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
  { value: "unknown", label: "I don't know" },
];

export function EligibilityStep({ c, today }: { c: CaseDetail; today: string }) {
  const f = c.facts;
  const operator = operatorById(f.operator);
  const verdict = eligibilityVerdict(f, today);
  const fields: FieldSpec[] = [
    ...(f.planType === "postpaid"
      ? [
          { kind: "radio", name: "unpaidBills", label: "Is any bill due and unpaid?", options: ANSWERS, value: f.unpaidBills } as FieldSpec,
          { kind: "date", name: "contractEndDate", label: "Contract end date", hint: "When the minimum term ends (on the contract). Leave empty if you do not know.", value: f.contractEndDate, optional: true } as FieldSpec,
        ]
      : []),
    {
      kind: "radio",
      name: "accountProblems",
      label: "Is anything wrong with the account?",
      hint: "For example a blocked line, a dispute about a bill, or a contract in someone else's name.",
      options: ANSWERS,
      value: f.accountProblems,
    },
  ];
  const tone = verdict.level === "clear" ? "ok" : verdict.level === "ask" ? "info" : "warn";
  const heading = {
    clear: "Nothing blocks cancellation",
    ask: "You can go ahead: ask about the cost first",
    act: "Do this first",
    unanswered: "Answer the questions",
  }[verdict.level];
  return (
    <>
      <div role="status">
        <Note tone={tone}>
          <p className="font-semibold">Verdict: {heading}</p>
          <ul className="mt-1 list-disc pl-5">
            {verdict.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Note>
      </div>
      <Section title="Your situation">
        <FactForm caseId={c.id} form="eligibility" fields={fields} submitLabel="Save answers" />
      </Section>
      {f.planType === "postpaid" && (
        <Section title="Minimum term and the cost of ending early">
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="font-medium">{operator.name}&apos;s minimum term</dt>
              <dd>
                <FactText fact={operator.minimumTerm} />
              </dd>
            </div>
            <div>
              <dt className="font-medium">Ending before the term ends</dt>
              <dd>
                <FactText fact={operator.earlyTermination} />
              </dd>
            </div>
            <div>
              <dt className="font-medium">After the term</dt>
              <dd>
                <FactText fact={CONTRACT_AFTER_TERM} />
              </dd>
            </div>
            <div>
              <dt className="font-medium">If the operator changes the terms</dt>
              <dd>
                <FactText fact={CHANGE_OF_TERMS} />
              </dd>
            </div>
          </dl>
        </Section>
      )}
    </>
  );
}

import type { CaseDetail } from "../../lib/cases/data";
import { KEEP_PROOF } from "../../lib/playbook/legal";
import { REASON_TEXT, REASONS } from "../../lib/playbook/letter";
import { FactForm } from "../fact-form";
import { FactText } from "../fact";
import { Note, Section } from "./section";

export function SubmitStep({ c }: { c: CaseDetail }) {
  const f = c.facts;
  const writesLetter = f.channel !== null && f.channel !== "porting";
  return (
    <>
      {f.channel === null && <Note tone="warn">Choose how you will send the request on the previous step first.</Note>}
      <Section title="You and your document">
        <FactForm
          caseId={c.id}
          form="letter"
          submitLabel="Save"
          fields={[
            {
              kind: "radio",
              name: "idDocument",
              label: "Identity document",
              hint: "Odjava stores only which kind you use, never its number.",
              value: f.idDocument,
              options: [
                { value: "rs-id", label: "Serbian ID card (lična karta)" },
                { value: "passport", label: "Foreign passport" },
              ],
            },
            { kind: "text", name: "holderName", label: "Name of the contract holder", hint: "As on the contract; printed on the letter.", value: c.facts.holderName, maxLength: 120, optional: true },
            { kind: "text", name: "letterPlace", label: "Town where you sign the letter", value: c.letterPlace, maxLength: 80, optional: true },
            {
              kind: "select",
              name: "reason",
              label: "Reason for cancelling",
              value: c.reason,
              options: REASONS.map((r) => ({ value: r, label: REASON_TEXT[r].en })),
            },
          ]}
        />
      </Section>
      {writesLetter && (
        <Section title="The request letter">
          <p className="text-sm">
            A filled-in “Zahtev za raskid ugovora” in Serbian, with a translation beneath for you. Print it, write your
            document number by hand, and sign it.
          </p>
          <a
            href={`/cases/${c.id}/letter.pdf`}
            className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            Download the letter (PDF)
          </a>
        </Section>
      )}
      <Section title="Record the submission">
        <p className="mb-3 text-sm">
          <FactText fact={KEEP_PROOF} />
        </p>
        <FactForm
          caseId={c.id}
          form="submission"
          submitLabel="Save submission"
          fields={[
            { kind: "date", name: "submittedOn", label: "Date handed in or sent", value: f.submittedOn },
            {
              kind: "text",
              name: "operatorReference",
              label: "Operator's reference or registry number",
              hint: "From the stamped copy, the e-mail reply, or the receipt.",
              value: c.operatorReference,
              maxLength: 80,
              optional: true,
            },
          ]}
        />
      </Section>
    </>
  );
}

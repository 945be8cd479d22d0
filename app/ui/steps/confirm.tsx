import type { CaseDetail } from "../../lib/cases/data";
import { KEEP_PROOF } from "../../lib/playbook/legal";
import { FactForm } from "../fact-form";
import { FactText } from "../fact";
import { Note, Section } from "./section";

export function ConfirmStep({ c }: { c: CaseDetail }) {
  return (
    <>
      {c.facts.closedOn && <Note tone="ok">The line is marked closed since {c.facts.closedOn}.</Note>}
      <Section title="Check the line is really closed">
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>Call the number from another phone: you should hear that it is not in use, not the voicemail.</li>
          <li>Keep the operator&apos;s written confirmation with the date the number was disconnected.</li>
          <li>Only then cut the SIM card through the chip and throw it away.</li>
        </ul>
        <p className="mt-2 text-sm">
          <FactText fact={KEEP_PROOF} />
        </p>
      </Section>
      <Section title="Mark the line closed">
        <FactForm
          caseId={c.id}
          form="closed"
          submitLabel="Mark closed"
          fields={[{ kind: "date", name: "closedOn", label: "Date the line was closed", value: c.facts.closedOn }]}
        />
      </Section>
    </>
  );
}

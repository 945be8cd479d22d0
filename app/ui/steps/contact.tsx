import type { CaseDetail } from "../../lib/cases/data";
import { operatorById } from "../../lib/playbook/operators";
import { FactForm } from "../fact-form";
import { FactText } from "../fact";
import { Section } from "./section";

export function OperatorContacts({ operatorId }: { operatorId: string }) {
  const o = operatorById(operatorId);
  const rows: [string, React.ReactNode][] = [
    ["Customer service", <FactText key="cs" fact={o.customerService} render={(p) => <a className="font-medium text-brand-700 underline" href={`tel:${p.dial}`}>{p.display}</a>} />],
    ["From abroad", <FactText key="ab" fact={o.fromAbroad} render={(p) => <a className="font-medium text-brand-700 underline" href={`tel:${p.dial}`}>{p.display}</a>} />],
    ["Hours", <FactText key="h" fact={o.hours} />],
    ["E-mail", <FactText key="e" fact={o.email} render={(e) => <a className="font-medium text-brand-700 underline" href={`mailto:${e}`}>{e}</a>} />],
    ["Postal address", <FactText key="p" fact={o.postalAddress} />],
    ["Website", <FactText key="w" fact={o.website} render={(u) => <a className="text-brand-700 underline" href={u} rel="noopener noreferrer" target="_blank">{u}</a>} />],
    ["Self-care app", <FactText key="s" fact={o.selfCare} />],
  ];
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">{label}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ContactStep({ c }: { c: CaseDetail }) {
  const o = operatorById(c.facts.operator);
  return (
    <>
      <Section title={`How to reach ${o.name}`}>
        <OperatorContacts operatorId={o.id} />
      </Section>
      <Section title="Where a termination request can go">
        <p className="text-sm">
          <FactText fact={o.requests} />
        </p>
      </Section>
      <Section title="How will you send the request?">
        <FactForm
          caseId={c.id}
          form="channel"
          submitLabel="Save choice"
          fields={[
            {
              kind: "radio",
              name: "channel",
              label: "Channel",
              value: c.facts.channel,
              options: [
                { value: "shop", label: "In a shop, in person", hint: "Bring your ID and the printed letter; get a stamped copy." },
                { value: "email", label: "By e-mail", hint: "A signed, scanned letter; ask for a written confirmation." },
                { value: "letter", label: "By registered letter", hint: "With a return receipt: proof that it arrived." },
                { value: "porting", label: "By porting the number to another operator", hint: "Keeps the number; the new operator does the rest." },
              ],
            },
          ]}
        />
      </Section>
    </>
  );
}

import type { CaseDetail } from "../../lib/cases/data";
import { operatorById } from "../../lib/playbook/operators";
import { PORTING_REFUSALS } from "../../lib/playbook/legal";
import { FactText } from "../fact";
import { Note, Section } from "./section";

export function PrepareStep({ c }: { c: CaseDetail }) {
  const operator = operatorById(c.facts.operator);
  return (
    <>
      <Note tone="warn">
        Once the line is closed, codes sent by SMS to this number stop arriving. Move every bank, government (eUprava) and
        app login to another number <strong>before</strong> you submit the request.
      </Note>
      <Section title="Keep the number instead?">
        <div className="space-y-3 text-sm">
          <p>
            To keep the number, ask another operator to port it to them (prenos broja). You do not cancel with{" "}
            {operator.name} yourself then.
          </p>
          <p>
            <FactText fact={operator.porting} />
          </p>
          <p>
            <FactText fact={PORTING_REFUSALS} />
          </p>
        </div>
      </Section>
      {c.facts.planType === "prepaid" && (
        <Section title="Prepaid balance and an unused number">
          <p className="text-sm">
            <FactText fact={operator.prepaidLapse} />
          </p>
        </Section>
      )}
    </>
  );
}

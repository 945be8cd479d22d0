import type { CaseDetail } from "@/app/lib/cases/queries";
import { PORTING_REFUSALS } from "@/app/lib/playbook/legal";
import { PREPAID_REGISTRATION_RULE, REGISTRATION_STAYS, registeredToPerson } from "@/app/lib/playbook/registration";
import { operatorLabel } from "@/app/lib/labels";
import { PREPAID_REGISTRATION } from "@/app/lib/vocabulary";
import { StepForm } from "@/app/ui/step-form";
import { FactSource, FactText, type Lang } from "@/app/ui/fact";
import { Note, Section } from "@/app/ui/section";

// A prepaid card's registration (issue 16, item 2): with which document it is registered,
// and what that means for porting it and for leaving it behind. The same answer is the
// porting pre-check's "is it registered" (playbook/registration.ts).
export function PrepaidRegistrationSection({ c, lang }: { c: CaseDetail; lang: Lang }) {
  const { t } = lang;
  const f = c.answers;
  const operator = operatorLabel(t, f.operator);
  const r = f.prepaidRegistration ?? null;
  const leaving = f.abroad === "yes" || f.reason === "moving-abroad";
  const advice: { key: string; tone: "warn" | "info"; text: string; fact?: "porting" | "stays" }[] = [];
  if ((r === "none" || r === "unknown") && f.keepNumber === "yes")
    advice.push({
      key: "register-first",
      tone: "warn",
      text: t(r === "none" ? "registration.registerFirst" : "registration.checkFirst", { operator }),
      fact: "porting",
    });
  if (r === "none" && f.keepNumber !== "yes") advice.push({ key: "unregistered", tone: "info", text: t("registration.unregisteredGiveUp") });
  if (registeredToPerson(r) && f.keepNumber !== "yes")
    advice.push({
      key: "hand-in",
      tone: leaving ? "warn" : "info",
      text: t(leaving ? "registration.handInLeaving" : "registration.handIn", { operator }),
      fact: "stays",
    });
  return (
    <Section title={t("registration.heading")}>
      <div id="registration" className="space-y-3 text-sm" data-registration={r ?? ""}>
        <p>
          <FactText fact={PREPAID_REGISTRATION_RULE} lang={lang} />
        </p>
        <StepForm
          c={c}
          t={t}
          form="registration"
          submitLabel={t("registration.save")}
          fields={[
            {
              kind: "radio",
              name: "prepaidRegistration",
              label: t("registration.question"),
              options: PREPAID_REGISTRATION.map((v) => ({ value: v, label: t(`registration.${v}`) })),
            },
          ]}
        />
        {advice.map((a) => (
          <div key={a.key} id={`registration-${a.key}`}>
            <Note tone={a.tone}>
              <p>{a.text}</p>
              {a.fact === "porting" && <FactSource fact={PORTING_REFUSALS} lang={lang} />}
              {a.fact === "stays" && (
                <p className="mt-1">
                  <FactText fact={REGISTRATION_STAYS} lang={lang} />
                </p>
              )}
            </Note>
          </div>
        ))}
      </div>
    </Section>
  );
}

import type { CaseDetail } from "@/app/lib/cases/queries";
import { operatorById, type PhoneNumber } from "@/app/lib/playbook/operators";
import { channelsFor } from "@/app/lib/playbook/checklist";
import { operatorLabel } from "@/app/lib/labels";
import { StepForm } from "@/app/ui/step-form";
import { FactText, type Lang } from "@/app/ui/fact";

import { Note, Section } from "@/app/ui/section";
import { POA_CERTIFIED } from "@/app/lib/documents/power-of-attorney";
import { linkButtonClass } from "@/app/ui/field";
import { AbroadPlan } from "@/app/ui/steps/abroad";

// 24 px tall at least: a lone link is a target (WCAG 2.5.8).
const linkClass = "inline-flex min-h-6 items-center font-medium text-brand-700 underline";

export function OperatorContacts({ operatorId, lang }: { operatorId: string; lang: Lang }) {
  const { t } = lang;
  const o = operatorById(operatorId);
  const phone = (p: PhoneNumber) => (
    <a className={linkClass} href={`tel:${p.dial}`}>
      {p.free ? `${p.display} (${t("facts.free")})` : p.display}
    </a>
  );
  const rows: [string, React.ReactNode][] = [
    [t("contact.customerService"), <FactText key="cs" fact={o.customerService} lang={lang} render={phone} />],
    [t("contact.fromAbroad"), <FactText key="ab" fact={o.fromAbroad} lang={lang} render={phone} />],
    [t("contact.hours"), <FactText key="h" fact={o.hours} lang={lang} />],
    [
      t("contact.email"),
      <FactText
        key="e"
        fact={o.email}
        lang={lang}
        render={(e) => (
          <a className={linkClass} href={`mailto:${e}`}>
            {e}
          </a>
        )}
      />,
    ],
    [t("contact.postalAddress"), <FactText key="p" fact={o.postalAddress} lang={lang} />],
    [
      t("contact.website"),
      <FactText
        key="w"
        fact={o.website}
        lang={lang}
        render={(u) => (
          <a className={linkClass} href={u} rel="noopener noreferrer" target="_blank">
            {u}
          </a>
        )}
      />,
    ],
    [t("contact.selfCare"), <FactText key="s" fact={o.selfCare} lang={lang} />],
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

export function ContactStep({ c, lang }: { c: CaseDetail; lang: Lang }) {
  const { t } = lang;
  const o = operatorById(c.answers.operator);
  const kept = c.answers.keepNumber === "yes";
  const offered = channelsFor(c.answers);
  const options = [
    { value: "shop", label: t("contact.byShop"), hint: t("contact.byShopHint") },
    { value: "email", label: t("contact.byEmail"), hint: t("contact.byEmailHint") },
    { value: "letter", label: t("contact.byLetter"), hint: t("contact.byLetterHint") },
    { value: "porting", label: t("contact.byPorting"), hint: t("contact.byPortingHint") },
  ].filter((option) => (offered as readonly string[]).includes(option.value));
  return (
    <>
      <Section title={t("contact.reachHeading", { operator: operatorLabel(t, o.id) })}>
        <OperatorContacts operatorId={o.id} lang={lang} />
      </Section>
      <Section title={t("contact.requestsHeading")}>
        <p className="text-sm">
          <FactText fact={o.requests} lang={lang} />
        </p>
      </Section>
      <Section title={t("contact.channelHeading")}>
        {c.answers.abroad === "yes" && (
          <div className="mb-3 text-sm">
            <AbroadPlan c={c} lang={lang} channelsOnly />
          </div>
        )}
        {kept ? (
          // Keeping the number leaves one way: the new operator's porting request.
          <div id="porting-only">
            <Note tone="info">{t("contact.portingOnly", { operator: operatorLabel(t, o.id) })}</Note>
          </div>
        ) : (
          <StepForm
            c={c}
            t={t}
            form="channel"
            submitLabel={t("contact.saveChoice")}
            fields={[{ kind: "radio", name: "channel", label: t("contact.channel"), options }]}
          />
        )}
      </Section>
      <Section title={t("poa.heading")}>
        <Representative c={c} lang={lang} />
      </Section>
    </>
  );
}

// Acting from abroad: whether a representative in Serbia acts for the person, and if so the
// power-of-attorney template and what certifying it takes.
export function Representative({ c, lang }: { c: CaseDetail; lang: Lang }) {
  const { t } = lang;
  return (
    <div className="space-y-3 text-sm">
      <StepForm
        c={c}
        t={t}
        form="representative"
        submitLabel={t("poa.save")}
        fields={[
          {
            kind: "radio",
            name: "representative",
            label: t("poa.question"),
            options: [
              { value: "no", label: t("poa.no") },
              { value: "yes", label: t("poa.yes") },
            ],
          },
        ]}
      />
      {c.answers.representative === "yes" && (
        <div id="poa" className="space-y-2">
          <p>{t("poa.intro")}</p>
          <p>
            <FactText fact={POA_CERTIFIED} lang={lang} />
          </p>
          <p>{t("poa.abroadNote")}</p>
          <a href={`/cases/${c.id}/power-of-attorney.pdf`} className={linkButtonClass}>
            {t("poa.download")}
          </a>
        </div>
      )}
    </div>
  );
}

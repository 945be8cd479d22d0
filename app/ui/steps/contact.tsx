import type { CaseDetail } from "@/app/lib/cases/queries";
import { operatorById, type PhoneNumber } from "@/app/lib/playbook/operators";
import { operatorLabel } from "@/app/lib/labels";
import { AnswerForm } from "@/app/ui/answer-form";
import { FactText, type Ctx } from "@/app/ui/fact";
import { formWords } from "@/app/ui/words";
import { Section } from "@/app/ui/section";
import { POA_NOTARISED } from "@/app/lib/documents/power-of-attorney";
import { linkButtonClass } from "@/app/ui/field";

// 24 px tall at least: a lone link is a target (WCAG 2.5.8).
const linkClass = "inline-flex min-h-6 items-center font-medium text-brand-700 underline";

export function OperatorContacts({ operatorId, ctx }: { operatorId: string; ctx: Ctx }) {
  const { t } = ctx;
  const o = operatorById(operatorId);
  const phone = (p: PhoneNumber) => (
    <a className={linkClass} href={`tel:${p.dial}`}>
      {p.free ? `${p.display} (${t("facts.free")})` : p.display}
    </a>
  );
  const rows: [string, React.ReactNode][] = [
    [t("contact.customerService"), <FactText key="cs" fact={o.customerService} ctx={ctx} render={phone} />],
    [t("contact.fromAbroad"), <FactText key="ab" fact={o.fromAbroad} ctx={ctx} render={phone} />],
    [t("contact.hours"), <FactText key="h" fact={o.hours} ctx={ctx} />],
    [t("contact.email"), <FactText key="e" fact={o.email} ctx={ctx} render={(e) => <a className={linkClass} href={`mailto:${e}`}>{e}</a>} />],
    [t("contact.postalAddress"), <FactText key="p" fact={o.postalAddress} ctx={ctx} />],
    [t("contact.website"), <FactText key="w" fact={o.website} ctx={ctx} render={(u) => <a className={linkClass} href={u} rel="noopener noreferrer" target="_blank">{u}</a>} />],
    [t("contact.selfCare"), <FactText key="s" fact={o.selfCare} ctx={ctx} />],
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

export function ContactStep({ c, ctx }: { c: CaseDetail; ctx: Ctx }) {
  const { t } = ctx;
  const o = operatorById(c.answers.operator);
  return (
    <>
      <Section title={t("contact.reachHeading", { operator: operatorLabel(t, o.id) })}>
        <OperatorContacts operatorId={o.id} ctx={ctx} />
      </Section>
      <Section title={t("contact.requestsHeading")}>
        <p className="text-sm">
          <FactText fact={o.requests} ctx={ctx} />
        </p>
      </Section>
      <Section title={t("contact.channelHeading")}>
        <AnswerForm
          caseId={c.id}
          form="channel"
          submitLabel={t("contact.saveChoice")}
          words={formWords(t)}
          fields={[
            {
              kind: "radio",
              name: "channel",
              label: t("contact.channel"),
              value: c.answers.channel,
              options: [
                { value: "shop", label: t("contact.byShop"), hint: t("contact.byShopHint") },
                { value: "email", label: t("contact.byEmail"), hint: t("contact.byEmailHint") },
                { value: "letter", label: t("contact.byLetter"), hint: t("contact.byLetterHint") },
                { value: "porting", label: t("contact.byPorting"), hint: t("contact.byPortingHint") },
              ],
            },
          ]}
        />
      </Section>
      <Section title={t("poa.heading")}>
        <Representative c={c} ctx={ctx} />
      </Section>
    </>
  );
}

// Acting from abroad: whether a representative in Serbia acts for the person, and if so the
// power-of-attorney template and what certifying it takes.
export function Representative({ c, ctx }: { c: CaseDetail; ctx: Ctx }) {
  const { t } = ctx;
  return (
    <div className="space-y-3 text-sm">
      <AnswerForm
        caseId={c.id}
        form="representative"
        submitLabel={t("poa.save")}
        words={formWords(t)}
        fields={[
          {
            kind: "radio",
            name: "representative",
            label: t("poa.question"),
            options: [
              { value: "no", label: t("poa.no") },
              { value: "yes", label: t("poa.yes") },
            ],
            value: c.answers.representative ?? null,
          },
        ]}
      />
      {c.answers.representative === "yes" && (
        <div id="poa" className="space-y-2">
          <p>{t("poa.intro")}</p>
          <p>
            <FactText fact={POA_NOTARISED} ctx={ctx} />
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

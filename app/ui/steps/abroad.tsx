import type { CaseDetail } from "@/app/lib/cases/queries";
import { operatorById, type PhoneNumber } from "@/app/lib/playbook/operators";
import { channelsFor } from "@/app/lib/playbook/checklist";
import { ABROAD_CHANNELS, FREE_NUMBERS_ABROAD, POA_ABROAD } from "@/app/lib/playbook/abroad";
import { operatorLabel } from "@/app/lib/labels";
import { StepForm } from "@/app/ui/step-form";
import { FactText, type Lang } from "@/app/ui/fact";
import { Note, Section } from "@/app/ui/section";

// Already outside Serbia (issue 16, item 7): asked on the first step, since it changes the
// channels (no shop visit but through a representative), the checklist and the letter.
export function AbroadSection({ c, lang }: { c: CaseDetail; lang: Lang }) {
  const { t } = lang;
  return (
    <Section title={t("abroad.heading")}>
      <div id="abroad" className="space-y-3 text-sm" data-abroad={c.answers.abroad ?? ""}>
        <StepForm
          c={c}
          t={t}
          form="abroad"
          submitLabel={t("abroad.save")}
          fields={[
            {
              kind: "radio",
              name: "abroad",
              label: t("abroad.question"),
              options: [
                { value: "no", label: t("abroad.no") },
                { value: "yes", label: t("abroad.yes"), hint: t("abroad.yesHint") },
              ],
            },
          ]}
        />
        {c.answers.abroad === "yes" && <AbroadPlan c={c} lang={lang} />}
      </div>
    </Section>
  );
}

// What someone abroad can use: the channels open to them, the operator's contacts that are
// sourced for use from abroad, and what is not verified. The contact step shows the channels
// alone (`channelsOnly`): its contacts table and power-of-attorney section say the rest.
export function AbroadPlan({ c, lang, channelsOnly = false }: { c: CaseDetail; lang: Lang; channelsOnly?: boolean }) {
  const { t } = lang;
  const f = c.answers;
  const o = operatorById(f.operator);
  const operator = operatorLabel(t, o.id);
  const open = channelsFor(f);
  const words: Record<string, string> = {
    email: t("abroad.byEmail"),
    letter: t("abroad.byLetter"),
    shop: t(f.representative === "yes" ? "abroad.byRepresentative" : "abroad.shopNeedsRepresentative"),
  };
  return (
    <div id="abroad-plan" className="space-y-2">
      <Note tone="info">
        <p className="font-semibold">{f.keepNumber === "yes" ? t("abroad.porting", { operator }) : t("abroad.channelsIntro")}</p>
        {f.keepNumber !== "yes" && (
          <ul className="mt-1 list-disc pl-5">
            {ABROAD_CHANNELS.map((ch) => (
              <li key={ch} data-channel={ch} data-open={open.includes(ch) ? "yes" : "no"}>
                {words[ch]}
              </li>
            ))}
          </ul>
        )}
      </Note>
      {!channelsOnly && <AbroadContacts c={c} lang={lang} />}
    </div>
  );
}

function AbroadContacts({ c, lang }: { c: CaseDetail; lang: Lang }) {
  const { t } = lang;
  const f = c.answers;
  const o = operatorById(f.operator);
  const operator = operatorLabel(t, o.id);
  const phone = (p: PhoneNumber) => p.display;
  return (
    <>
      <p>
        <span className="font-medium">{t("abroad.phoneFromAbroad", { operator })}</span> <FactText fact={o.fromAbroad} lang={lang} render={phone} />
      </p>
      <p>
        <FactText fact={FREE_NUMBERS_ABROAD} lang={lang} />
      </p>
      <p>{t("abroad.addressAndIban")}</p>
      {f.representative === "yes" && (
        <p>
          <FactText fact={POA_ABROAD} lang={lang} />
        </p>
      )}
    </>
  );
}

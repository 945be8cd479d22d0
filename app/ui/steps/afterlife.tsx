import type { CaseDetail } from "@/app/lib/cases/queries";
import { AFTERLIFE, AFTERLIFE_GROUPS, UNLINK_FACTS, afterlifeDue, type AfterlifeService } from "@/app/lib/playbook/afterlife";
import type { Fact, Msg } from "@/app/lib/playbook/facts";
import { operatorById } from "@/app/lib/playbook/operators";
import { itemLabel } from "@/app/lib/labels";
import { loose } from "@/app/lib/i18n/translator";
import { formatCalendarDate } from "@/app/lib/dates";
import { ChecklistItemToggle } from "@/app/ui/checklist-item";
import { FactText, type Lang } from "@/app/ui/fact";
import { Note, Section } from "@/app/ui/section";
import { itemWords } from "@/app/ui/words";

// The inventory on the prepare step: every service tied to the number, grouped, each a
// tick with its how-to and sources, under the day it must be done by. A tick means "done,
// or I don't use it" (the labels say so), so nobody has to fake work for an app they never
// had. Shown only while the number is to be given up: a ported number keeps its accounts.
export function AfterlifeInventory({ c, today, lang }: { c: CaseDetail; today: string; lang: Lang }) {
  const { t, locale } = lang;
  const present = new Map(c.items.map((i) => [i.key, i]));
  const shown = AFTERLIFE.filter((s) => present.has(s.key));
  if (shown.length === 0) return null;
  const words = itemWords(t);
  const due = afterlifeDue(
    { planType: c.answers.planType, closedOn: c.answers.closedOn, submittedOn: c.answers.submittedOn, lastTopUp: c.stored.lastTopUp },
    operatorById(c.answers.operator),
    today,
  );
  return (
    <Section title={t("afterlife.heading")}>
      <p className="text-sm">{t("afterlife.intro")}</p>
      <div className="mt-3" id="afterlife-due">
        <Note tone="warn">
          <p className="font-semibold">
            {due.kind === "beforeRequest"
              ? t("afterlife.due.beforeRequest")
              : loose(t)(`afterlife.due.${due.kind}`, { date: formatCalendarDate(due.before, locale) })}
          </p>
          {due.kind !== "beforeRequest" && due.passed && <p className="mt-1">{t("afterlife.duePassed")}</p>}
        </Note>
      </div>
      {AFTERLIFE_GROUPS.map((group) => {
        const services = shown.filter((s) => s.group === group);
        if (services.length === 0) return null;
        return (
          <div key={group} className="mt-4">
            <h3 className="font-semibold">{loose(t)(`afterlife.group.${group}`)}</h3>
            <ul className="divide-y divide-slate-100">
              {services.map((s) => (
                <ChecklistItemToggle
                  key={s.key}
                  caseId={c.id}
                  itemKey={s.key}
                  label={itemLabel(t, s, c.answers)}
                  done={present.get(s.key)!.done}
                  words={words}
                  details={<ServiceDetails service={s} lang={lang} />}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </Section>
  );
}

function ServiceDetails({ service, lang }: { service: AfterlifeService; lang: Lang }) {
  if (service.id === "other") return <p>{lang.t("afterlife.otherText")}</p>;
  return <FactList facts={service.facts} lang={lang} confirm={lang.t("afterlife.confirm")} />;
}

// Under the confirm step's "unlink first" item. Its unverified fact (the period before a
// number is reused) is the operators' to confirm, as FactText says by default.
export function UnlinkDetails({ lang }: { lang: Lang }) {
  return (
    <>
      <p>{lang.t("afterlife.unlinkIntro")}</p>
      <FactList facts={UNLINK_FACTS} lang={lang} />
    </>
  );
}

function FactList({ facts, lang, confirm }: { facts: readonly Fact<Msg>[]; lang: Lang; confirm?: string }) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-5">
      {facts.map((f, i) => (
        <li key={i}>
          <FactText fact={f} lang={lang} confirm={confirm} />
        </li>
      ))}
    </ul>
  );
}

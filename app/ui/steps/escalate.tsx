import type { CaseDetail } from "@/app/lib/cases/queries";
import { followUp } from "@/app/lib/playbook/deadline";
import { RATEL_COMPLAINT, RATEL_DEADLINES } from "@/app/lib/playbook/legal";
import { followUpMessage } from "@/app/lib/documents/follow-up";
import { defaultScript, inScript, serbianLang } from "@/app/lib/documents/script";
import { formatCalendarDate } from "@/app/lib/dates";
import { FactText, type Lang } from "@/app/ui/fact";
import { Note, Section } from "@/app/ui/section";

export function EscalateStep({ c, today, lang }: { c: CaseDetail; today: string; lang: Lang }) {
  const { t, locale } = lang;
  const f = c.answers;
  const due = f.submittedOn ? followUp(f.submittedOn, today) : null;
  const script = defaultScript(locale);
  const message = inScript(followUpMessage({ answers: f, phoneE164: c.phoneE164, operatorReference: c.stored.operatorReference }, t, locale), script, [
    c.answers.holderName,
    c.stored.operatorReference,
  ]);
  return (
    <>
      {due && !due.overdue && <Note>{t("escalate.notYet", { date: formatCalendarDate(due.due, locale) })}</Note>}
      <Section title={t("escalate.followUpHeading")}>
        <p className="mb-2 text-sm">{t("escalate.followUpText")}</p>
        <div lang={serbianLang(script)} className="whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
          {message.sr}
        </div>
        <p className="mb-1 mt-3 text-sm font-medium">{t("escalate.meaning")}</p>
        <div className="whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">{message.translation}</div>
      </Section>
      <Section title={t("escalate.ratelHeading")}>
        <p className="text-sm">
          <FactText fact={RATEL_COMPLAINT} lang={lang} />
        </p>
        <p className="mt-2 text-sm">
          <FactText fact={RATEL_DEADLINES} lang={lang} />
        </p>
      </Section>
    </>
  );
}

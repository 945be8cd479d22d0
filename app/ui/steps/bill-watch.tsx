import type { CaseDetail } from "@/app/lib/cases/queries";
import { BILL_AFTER_CLOSING, billCheckIns } from "@/app/lib/playbook/bills";
import { billComplaint } from "@/app/lib/documents/bill-complaint";
import { collectionReply } from "@/app/lib/documents/collection-reply";
import { defaultScript, inScript, serbianLang } from "@/app/lib/documents/script";
import { RATEL_COMPLAINT, RATEL_DEADLINES } from "@/app/lib/playbook/legal";
import { BILL_COMPLAINT, billComplaintWindow, UNDISPUTED_PART } from "@/app/lib/playbook/rights";
import { formatCalendarDate } from "@/app/lib/dates";
import { StepForm, type StepField } from "@/app/ui/step-form";
import { FactText, type Lang } from "@/app/ui/fact";

import { Note } from "@/app/ui/section";

// After "closed": two check-ins a month apart asking whether a new bill arrived, as dates
// and a calendar file, and what to do when one did.
export function BillWatch({ c, today, lang }: { c: CaseDetail; today: string; lang: Lang }) {
  const { t, locale } = lang;
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const checkIns = billCheckIns(c.answers.closedOn, c.billChecks, today);
  if (checkIns.length === 0) return <p className="text-sm">{t("bills.noClosing")}</p>;
  const fields: StepField[] = checkIns
    .filter((k) => k.due || k.answer !== null)
    .map((k) => ({
      kind: "radio",
      name: `billCheck${k.n}`,
      label: t("bills.question", { n: k.n, date: date(k.date) }),
      options: [
        { value: "no", label: t("bills.answerNo") },
        { value: "yes", label: t("bills.answerYes") },
      ],
      value: k.answer,
    }));
  const billCame = checkIns.some((k) => k.answer === "yes");
  const allClear = checkIns.every((k) => k.answer === "no");
  const deadline = billCame ? billComplaintWindow(c.stored.billDueOn, today) : null;
  const script = defaultScript(locale);
  const complaint = billCame
    ? inScript(billComplaint({ answers: c.answers, phoneE164: c.phoneE164, operatorReference: c.stored.operatorReference }, t, locale), script, [
        c.answers.holderName,
        c.stored.operatorReference,
      ])
    : null;
  const reply = billCame
    ? inScript(collectionReply({ answers: c.answers, phoneE164: c.phoneE164, operatorReference: c.stored.operatorReference }, t, locale), script, [
        c.answers.holderName,
        c.stored.operatorReference,
      ])
    : null;

  return (
    <div className="space-y-4 text-sm">
      <p>{t("bills.intro")}</p>
      <p>
        <FactText fact={BILL_AFTER_CLOSING} lang={lang} />
      </p>
      <ul id="bill-check-ins" className="space-y-1">
        {checkIns.map((k) => (
          <li key={k.n} data-check-in={k.n} data-answer={k.answer ?? ""}>
            <span className="font-medium">{t("bills.checkIn", { n: k.n, date: date(k.date) })}</span>
            {!k.due && k.answer === null && <span className="text-slate-600"> · {t("bills.notYet", { date: date(k.date) })}</span>}
          </li>
        ))}
      </ul>
      <a href={`/cases/${c.id}/bill-checks.ics`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
        {t("bills.calendar")}
      </a>
      {fields.length > 0 && <StepForm c={c} t={t} form="bills" fields={fields} submitLabel={t("bills.save")} />}
      <div role="status" id="bill-result">
        {allClear && <Note tone="ok">{t("bills.allClear")}</Note>}
      </div>
      {complaint && (
        <section aria-labelledby="bill-complaint-heading" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <h3 id="bill-complaint-heading" className="font-semibold">
            {t("bills.ifBill")}
          </h3>
          <p>{t("bills.ifBillText")}</p>
          <StepForm
            c={c}
            t={t}
            form="billDue"
            submitLabel={t("bills.billDueSave")}
            fields={[{ kind: "date", name: "billDueOn", label: t("bills.billDueOn"), hint: t("bills.billDueHint"), optional: true }]}
          />
          <div role="status" id="complaint-deadline" data-last-day={deadline?.lastDay ?? ""}>
            {deadline && (
              <p className="font-semibold">
                {deadline.open
                  ? t("bills.complaintBy", { date: date(deadline.lastDay), days: deadline.daysLeft })
                  : t("bills.complaintPassed", { date: date(deadline.lastDay) })}
              </p>
            )}
          </div>
          <p>
            <FactText fact={BILL_COMPLAINT} lang={lang} />
          </p>
          <p>
            <FactText fact={UNDISPUTED_PART} lang={lang} />
          </p>
          <div lang={serbianLang(script)} id="bill-complaint-sr" className="whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3">
            {complaint.sr}
          </div>
          <p className="font-medium">{t("escalate.meaning")}</p>
          <div className="whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3">{complaint.translation}</div>
          <p>
            <FactText fact={RATEL_COMPLAINT} lang={lang} />
          </p>
          <p>
            <FactText fact={RATEL_DEADLINES} lang={lang} />
          </p>
        </section>
      )}
      {reply && (
        <section aria-labelledby="collection-reply-heading" className="space-y-2 rounded-md border border-slate-300 bg-white p-3">
          <h3 id="collection-reply-heading" className="font-semibold">
            {t("bills.collectionHeading")}
          </h3>
          <p>{t("bills.collectionText")}</p>
          <div lang={serbianLang(script)} id="collection-reply-sr" className="whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3">
            {reply.sr}
          </div>
          {reply.translation && (
            <>
              <p className="font-medium">{t("escalate.meaning")}</p>
              <div className="whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3">{reply.translation}</div>
            </>
          )}
          <Note tone="warn">{t("bills.bailiff")}</Note>
        </section>
      )}
    </div>
  );
}

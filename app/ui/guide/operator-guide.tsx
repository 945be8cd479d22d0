import { operatorById } from "@/app/lib/playbook/operators";
import { guideAnswers, guideSteps } from "@/app/lib/playbook/guide";
import { CHANGE_OF_TERMS_2023, CONTRACT_AFTER_TERM, DEVICE_INSTALMENTS, RATEL_COMPLAINT } from "@/app/lib/playbook/legal";
import { BILL_COMPLAINT, UNDISPUTED_PART } from "@/app/lib/playbook/rights";
import { letterText } from "@/app/lib/documents/letter";
import { defaultScript, inScript, serbianLang } from "@/app/lib/documents/script";
import { todayInBelgrade } from "@/app/lib/calendar";
import { guidePath, startCasePath, type GuideOperator } from "@/app/lib/public/paths";
import { FactText, type Lang } from "@/app/ui/fact";
import { Note, Section } from "@/app/ui/section";
import { OperatorContacts } from "@/app/ui/steps/contact";
import { GuideSteps } from "@/app/ui/guide/guide-steps";
import { SampleLetter } from "@/app/ui/guide/sample-letter";
import { LanguageLinks } from "@/app/ui/guide/language-links";
import { linkButtonClass, secondaryLinkButtonClass } from "@/app/ui/field";

// One operator's guide for someone without an account: both plans' steps, the sourced
// contacts and facts with their check dates, the rights with their dates, and the letter
// as a sample. Everything comes from the playbook the cases use.
export function OperatorGuide({ operator, lang }: { operator: GuideOperator; lang: Lang }) {
  const { t, locale } = lang;
  const o = operatorById(operator);
  const today = todayInBelgrade();
  // The sample in the reader's Serbian script (Cyrillic for sr-Cyrl).
  const script = defaultScript(locale);
  const letter = inScript(
    letterText(
      { answers: guideAnswers(operator, "postpaid", "letter"), phoneE164: null, holderName: null, letterPlace: null, reason: null, date: null },
      t,
      locale,
      "______________________",
    ),
    script,
    [],
  );
  const facts = (list: Parameters<typeof FactText>[0]["fact"][]) => (
    <ul className="space-y-3 text-sm">
      {list.map((fact, i) => (
        <li key={i}>
          <FactText fact={fact} lang={lang} />
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <LanguageLinks current={locale} pathIn={(l) => guidePath(l, operator)} label={t("guide.languages")} />
        <h1 className="text-3xl font-bold leading-tight">{t("guide.title", { operator: o.name })}</h1>
        {o.formerly && <p className="text-slate-700">{t("home.formerly", { name: o.formerly })}</p>}
        <p className="text-lg text-slate-700">{t("guide.intro")}</p>
        <Note tone="info">{t("guide.noAccount")}</Note>
        <div className="flex flex-wrap gap-3">
          <a href={startCasePath(operator, "prepaid")} className={`${linkButtonClass} py-2`}>
            {t("guide.startPrepaid")}
          </a>
          <a href={startCasePath(operator, "postpaid")} className={`${linkButtonClass} py-2`}>
            {t("guide.startPostpaid")}
          </a>
        </div>
        <nav aria-label={t("guide.onThisPage")} className="flex flex-wrap gap-2 text-sm">
          {(["keep", "contacts", "prepaid", "postpaid", "rights", "letter"] as const).map((id) => (
            <a key={id} href={`#${id}`} className={secondaryLinkButtonClass}>
              {t(`guide.sections.${id}`)}
            </a>
          ))}
        </nav>
      </div>
      <div id="keep">
        <Section title={t("guide.sections.keep")}>
          <div className="space-y-2 text-sm">
            <p>{t("guide.keepText")}</p>
            <p>
              <FactText fact={o.porting} lang={lang} />
            </p>
          </div>
        </Section>
      </div>
      <div id="contacts">
        <Section title={t("guide.sections.contacts")}>
          <OperatorContacts operatorId={operator} lang={lang} />
          <p className="mt-3 text-sm">
            <FactText fact={o.requests} lang={lang} />
          </p>
        </Section>
      </div>
      <div id="prepaid">
        <Section title={t("guide.sections.prepaid")}>
          {facts([o.prepaidLapse])}
          <GuideSteps steps={guideSteps(operator, "prepaid", today)} t={t} idPrefix="prepaid" />
        </Section>
      </div>
      <div id="postpaid">
        <Section title={t("guide.sections.postpaid")}>
          {facts([o.minimumTerm, o.earlyTermination])}
          <GuideSteps steps={guideSteps(operator, "postpaid", today)} t={t} idPrefix="postpaid" />
        </Section>
      </div>
      <div id="rights">
        <Section title={t("guide.sections.rights")}>
          {facts([CONTRACT_AFTER_TERM, CHANGE_OF_TERMS_2023, DEVICE_INSTALMENTS, BILL_COMPLAINT, UNDISPUTED_PART, RATEL_COMPLAINT])}
        </Section>
      </div>
      <div id="letter">
        <Section title={t("guide.sections.letter")}>
          <p className="mb-3 text-sm">{t("guide.letterIntro")}</p>
          <SampleLetter letter={letter} serbianLang={serbianLang(script)} locale={locale} translationLabel={t("guide.translation")} />
        </Section>
      </div>
    </div>
  );
}

import { OPERATORS } from "@/app/lib/playbook/operators";
import { STEP_IDS } from "@/app/lib/vocabulary";
import { currentUser } from "@/app/lib/auth/session";
import { getLocale, getT } from "@/app/lib/i18n/server";
import { GUIDE_OPERATORS } from "@/app/lib/playbook/guide";
import { guidePath, guidesPath } from "@/app/lib/public/paths";
import { isOneOf } from "@/app/lib/vocabulary";
import { operatorLabel, stepTitle } from "@/app/lib/labels";
import { PageSection } from "@/app/ui/section";

export default async function Home() {
  const [user, t, locale] = await Promise.all([currentUser(), getT(), getLocale()]);
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold leading-tight">{t("home.heading")}</h1>
        <p className="mt-3 text-lg text-slate-700">{t("home.intro")}</p>
        <a
          href={user ? "/cases/new" : "/sign-up?next=/cases/new"}
          className="mt-5 inline-flex rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
        >
          {t("home.start")}
        </a>
      </section>
      <PageSection id="steps" title={t("home.stepsHeading")}>
        <ol className="mt-3 list-decimal space-y-1 pl-6">
          {STEP_IDS.map((id) => (
            <li key={id}>{stepTitle(t, id)}</li>
          ))}
        </ol>
      </PageSection>
      <PageSection id="operators" title={t("home.operatorsHeading")}>
        <ul className="mt-3 flex flex-wrap gap-2">
          {OPERATORS.map((o) => {
            const name = (
              <>
                {operatorLabel(t, o.id)}
                {o.formerly && <span className="text-slate-600"> ({t("home.formerly", { name: o.formerly })})</span>}
              </>
            );
            return (
              <li key={o.id} className="rounded-full border border-slate-300 bg-white text-sm">
                {isOneOf(GUIDE_OPERATORS, o.id) ? (
                  <a href={guidePath(locale, o.id)} className="inline-flex min-h-9 items-center px-3 text-brand-700 underline">
                    {name}
                  </a>
                ) : (
                  <span className="inline-flex min-h-9 items-center px-3">{name}</span>
                )}
              </li>
            );
          })}
        </ul>
        <p className="mt-3">
          <a href={guidesPath(locale)} className="font-medium text-brand-700 underline">
            {t("home.guidesLink")}
          </a>
        </p>
      </PageSection>
    </div>
  );
}

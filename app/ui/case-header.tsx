import type { CaseDetail } from "@/app/lib/cases/queries";
import { formatE164 } from "@/app/lib/phone";
import { operatorLabel } from "@/app/lib/labels";
import type { Lang } from "@/app/ui/fact";

export function caseTitle(c: Pick<CaseDetail, "answers" | "phoneE164">, lang: Lang): string {
  return `${operatorLabel(lang.t, c.answers.operator)} · ${formatE164(c.phoneE164)}`;
}

export function CaseBreadcrumb({ c, here, lang }: { c: CaseDetail; here?: string; lang: Lang }) {
  return (
    <nav aria-label={lang.t("common.breadcrumb")} className="text-sm print:hidden">
      <ol className="flex flex-wrap gap-1 text-slate-600">
        <li>
          <a href="/cases" className="text-brand-700 underline">
            {lang.t("common.myCases")}
          </a>
          <span aria-hidden="true"> / </span>
        </li>
        <li>
          {here ? (
            <>
              <a href={`/cases/${c.id}`} className="text-brand-700 underline">
                {caseTitle(c, lang)}
              </a>
              <span aria-hidden="true"> / </span>
            </>
          ) : (
            <span aria-current="page">{caseTitle(c, lang)}</span>
          )}
        </li>
        {here && <li aria-current="page">{here}</li>}
      </ol>
    </nav>
  );
}

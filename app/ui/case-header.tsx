import Link from "next/link";
import type { CaseDetail } from "../lib/cases/data";
import { operatorName } from "../lib/playbook/operators";
import { formatE164 } from "../lib/phone";

export function caseTitle(c: Pick<CaseDetail, "facts" | "phoneE164">): string {
  return `${operatorName(c.facts.operator)} · ${formatE164(c.phoneE164)}`;
}

export function CaseBreadcrumb({ c, here }: { c: CaseDetail; here?: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-1 text-slate-600">
        <li>
          <Link href="/cases" className="text-brand-700 underline">
            My cases
          </Link>
          <span aria-hidden="true"> / </span>
        </li>
        <li>
          {here ? (
            <>
              <Link href={`/cases/${c.id}`} className="text-brand-700 underline">
                {caseTitle(c)}
              </Link>
              <span aria-hidden="true"> / </span>
            </>
          ) : (
            <span aria-current="page">{caseTitle(c)}</span>
          )}
        </li>
        {here && <li aria-current="page">{here}</li>}
      </ol>
    </nav>
  );
}

import { todayInBelgrade } from "@/app/lib/calendar";
import type { Metadata } from "next";
import { requireUser } from "@/app/lib/auth/session";
import { listCases } from "@/app/lib/cases/queries";
import { formatE164 } from "@/app/lib/phone";
import { getT } from "@/app/lib/i18n/server";
import { operatorLabel } from "@/app/lib/labels";
import { ProgressBar } from "@/app/ui/progress-bar";
import { linkButtonClass } from "@/app/ui/field";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("cases.heading") };
}

export default async function CasesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const user = await requireUser("/cases");
  const deleted = (await searchParams).deleted === "1";
  const [cases, t] = await Promise.all([listCases(user.id, todayInBelgrade()), getT()]);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("cases.heading")}</h1>
        <a href="/cases/new" className={linkButtonClass}>
          {t("cases.newCase")}
        </a>
      </div>
      {deleted && (
        <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-950">
          {t("cases.deleted")}
        </p>
      )}
      {cases.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
          <p className="font-medium">{t("cases.emptyTitle")}</p>
          <p className="mt-1 text-slate-700">{t("cases.emptyText")}</p>
        </div>
      ) : (
        <ul className="mt-6 space-y-4">
          {cases.map((c) => {
            const title = `${operatorLabel(t, c.operator)} · ${formatE164(c.phoneE164)}`;
            const action = c.progress.nextStep ? t("cases.continue") : t("cases.view");
            return (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-lg font-semibold">
                    <a href={`/cases/${c.id}`} className="hover:underline">
                      {title}
                    </a>
                  </h2>
                  <span className="text-sm text-slate-600">
                    {c.planType === "prepaid" ? t("common.prepaid") : t("common.postpaid")}
                    {c.closedOn ? ` · ${t("cases.closed")}` : ""}
                  </span>
                </div>
                <div className="mt-3">
                  <ProgressBar
                    done={c.progress.done}
                    total={c.progress.total}
                    label={t("common.progress")}
                    valueText={t("common.doneOfTotal", { done: c.progress.done, total: c.progress.total })}
                  />
                </div>
                <a
                  href={c.progress.nextStep ? `/cases/${c.id}/${c.progress.nextStep}` : `/cases/${c.id}`}
                  aria-label={`${action}: ${title}`}
                  className={`mt-3 ${linkButtonClass}`}
                >
                  {action}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

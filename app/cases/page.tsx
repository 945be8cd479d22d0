import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "../lib/auth";
import { listCases } from "../lib/cases/data";
import { operatorName } from "../lib/playbook/operators";
import { formatE164 } from "../lib/phone";
import { ProgressBar } from "../ui/progress-bar";

export const metadata: Metadata = { title: "My cases" };

export default async function CasesPage() {
  const user = await requireUser("/cases");
  const cases = await listCases(user.id);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">My cases</h1>
        <Link href="/cases/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          New case
        </Link>
      </div>
      {cases.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
          <p className="font-medium">You have no cases yet.</p>
          <p className="mt-1 text-slate-700">Open one for each SIM card you want to cancel: it takes a minute.</p>
        </div>
      ) : (
        <ul className="mt-6 space-y-4">
          {cases.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Link href={`/cases/${c.id}`} className="hover:underline">
                    {operatorName(c.operator)} · {formatE164(c.phoneE164)}
                  </Link>
                </h2>
                <span className="text-sm text-slate-600">
                  {c.planType === "prepaid" ? "Prepaid" : "Postpaid"}
                  {c.closedOn ? " · closed" : ""}
                </span>
              </div>
              <div className="mt-3">
                <ProgressBar done={c.progress.done} total={c.progress.total} label="Progress" />
              </div>
              <Link
                href={c.progress.nextStep ? `/cases/${c.id}/${c.progress.nextStep}` : `/cases/${c.id}`}
                aria-label={`${c.progress.nextStep ? "Continue" : "View"}: ${operatorName(c.operator)} ${formatE164(c.phoneE164)}`}
                className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
              >
                {c.progress.nextStep ? "Continue" : "View"}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

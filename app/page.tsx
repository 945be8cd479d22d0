import Link from "next/link";
import { OPERATORS } from "./lib/playbook/operators";
import { STEP_IDS, STEP_TITLES } from "./lib/playbook/checklist";
import { currentUser } from "./lib/auth";

export default async function Home() {
  const user = await currentUser();
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold leading-tight">Cancel your Serbian SIM card or contract, properly.</h1>
        <p className="mt-3 text-lg text-slate-700">
          Odjava walks you through it one step at a time and saves every tick, so you can stop and pick up again on any
          device. At the end you have a PDF summary to take to the shop.
        </p>
        <Link
          href={user ? "/cases/new" : "/sign-up?next=/cases/new"}
          className="mt-5 inline-flex rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
        >
          Start a case
        </Link>
      </section>
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="text-xl font-semibold">
          The steps
        </h2>
        <ol className="mt-3 list-decimal space-y-1 pl-6">
          {STEP_IDS.map((id) => (
            <li key={id}>{STEP_TITLES[id]}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="operators-heading">
        <h2 id="operators-heading" className="text-xl font-semibold">
          Operators covered
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {OPERATORS.map((o) => (
            <li key={o.id} className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm">
              {o.name}
              {o.formerly && <span className="text-slate-600"> (formerly {o.formerly})</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

import type { Fact } from "../lib/playbook/facts";
import { formatCalendarDate } from "../lib/dates";

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

// A fact with where it came from. Unverified facts show no value, only that they are not
// verified; secondary ones ask the person to confirm with the operator.
export function FactSource({ fact }: { fact: Fact<unknown> }) {
  if (fact.status === "unverified") return null;
  return (
    <span className="block text-xs text-slate-600">
      Source:{" "}
      <a href={fact.source.url} className="underline" rel="noopener noreferrer" target="_blank">
        {hostOf(fact.source.url)}
      </a>
      , checked {formatCalendarDate(fact.source.checked)}
      {fact.status === "secondary" && (
        <strong className="font-semibold text-amber-800"> · not the operator&apos;s own page: confirm with the operator</strong>
      )}
    </span>
  );
}

export function FactText<T>({ fact, render }: { fact: Fact<T>; render?: (value: T) => React.ReactNode }) {
  if (fact.status === "unverified") {
    return (
      <span className="text-amber-900">
        <strong>Not verified:</strong> {fact.note} Confirm with the operator.
      </span>
    );
  }
  return (
    <>
      {render ? render(fact.value) : String(fact.value)}
      <FactSource fact={fact} />
    </>
  );
}

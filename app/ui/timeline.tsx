import { describeEvent, type CaseEventView } from "../lib/cases/events";
import { formatDateTime } from "../lib/dates";

export function Timeline({ events }: { events: CaseEventView[] }) {
  return (
    <ol className="relative space-y-3 border-l-2 border-slate-200 pl-4">
      {events.map((e) => (
        <li key={e.id}>
          <span className="absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full bg-brand-600" aria-hidden="true" />
          <p className="font-medium">{describeEvent(e)}</p>
          <p className="text-sm text-slate-600">
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}

import type { CaseEventView } from "@/app/lib/cases/queries";
import { formatDateTime } from "@/app/lib/dates";
import { describeEvent } from "@/app/lib/labels";
import type { T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";

export function Timeline({ events, t, locale }: { events: CaseEventView[]; t: T; locale: Locale }) {
  return (
    <ol className="relative space-y-3 border-l-2 border-slate-200 pl-4">
      {events.map((e) => (
        <li key={e.id}>
          <span className="absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full bg-brand-600" aria-hidden="true" />
          <p className="font-medium">{describeEvent(t, locale, e)}</p>
          <p className="text-sm text-slate-600">
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}

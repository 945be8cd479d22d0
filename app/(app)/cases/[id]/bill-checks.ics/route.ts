import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse, notFoundResponse } from "@/app/lib/wrappers/route-handler";
import { billCheckIns } from "@/app/lib/playbook/bills";
import { allDayEventsIcs } from "@/app/lib/ics";
import { operatorLabel } from "@/app/lib/labels";
import { formatCalendarDate } from "@/app/lib/dates";
import { formatE164 } from "@/app/lib/phone";

// The two bill check-ins after closing as calendar events; 404 until the closing date is recorded.
export const GET = caseRoute("bill-checks.ics", async ({ request, c, t, locale, now, today }) => {
  const checkIns = billCheckIns(c.answers.closedOn, c.billChecks, today);
  if (checkIns.length === 0) return notFoundResponse();
  const caseUrl = new URL(`/cases/${c.id}/confirm`, request.url).toString();
  const summary = t("bills.icsSummary", { operator: operatorLabel(t, c.answers.operator), number: formatE164(c.phoneE164) });
  const description = t("bills.icsDescription", { date: formatCalendarDate(c.answers.closedOn!, locale), url: caseUrl });
  const ics = allDayEventsIcs(
    checkIns.map((k) => ({ uid: `odjava-${c.id}-bill-check-${k.n}@odjava`, date: k.date, summary, description, url: caseUrl, alarmDaysBefore: 0 })),
    now,
  );
  return fileResponse(ics, "text/calendar; charset=utf-8", `odjava-bills-${c.id}.ics`);
});

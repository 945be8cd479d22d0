import { caseForRoute, fileResponse, notFoundResponse } from "../../../lib/cases/route-access";
import { billCheckIns } from "../../../lib/playbook/bills";
import { allDayEventsIcs } from "../../../lib/ics";
import { getLocale, getT } from "../../../lib/i18n/server";
import { operatorLabel } from "../../../lib/i18n/labels";
import { formatCalendarDate } from "../../../lib/dates";
import { formatE164 } from "../../../lib/phone";
import { todayInBelgrade } from "../../../lib/calendar";

// The two bill check-ins after closing as calendar events; 404 until the closing date is recorded.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await caseForRoute(request, id, "bill-checks.ics");
  if (c instanceof Response) return c;
  const checkIns = billCheckIns(c.facts.closedOn, c.billChecks, todayInBelgrade());
  if (checkIns.length === 0) return notFoundResponse();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const caseUrl = new URL(`/cases/${c.id}/confirm`, request.url).toString();
  const summary = t("bills.icsSummary", { operator: operatorLabel(t, c.facts.operator), number: formatE164(c.phoneE164) });
  const description = t("bills.icsDescription", { date: formatCalendarDate(c.facts.closedOn!, locale), url: caseUrl });
  const ics = allDayEventsIcs(
    checkIns.map((k) => ({ uid: `odjava-${c.id}-bill-check-${k.n}@odjava`, date: k.date, summary, description, url: caseUrl, alarmDaysBefore: 0 })),
  );
  return fileResponse(ics, "text/calendar; charset=utf-8", `odjava-bills-${c.id}.ics`);
}

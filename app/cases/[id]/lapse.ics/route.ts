import { caseForRoute, fileResponse, notFoundResponse } from "../../../lib/cases/route-access";
import { prepaidLapse } from "../../../lib/playbook/lapse";
import { operatorById } from "../../../lib/playbook/operators";
import { allDayEventIcs } from "../../../lib/ics";
import { getLocale, getT } from "../../../lib/i18n/server";
import { operatorLabel } from "../../../lib/i18n/labels";
import { formatCalendarDate } from "../../../lib/dates";
import { formatE164 } from "../../../lib/phone";

// A prepaid number's lapse as a calendar reminder, 30 days ahead; 404 while the operator's
// rule or the last top-up is unknown.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await caseForRoute(request, id, "lapse.ics");
  if (c instanceof Response) return c;
  const lapse = c.facts.planType === "prepaid" ? prepaidLapse(operatorById(c.facts.operator), c.lastTopUp) : null;
  if (!lapse) return notFoundResponse();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const caseUrl = new URL(`/cases/${c.id}/prepare`, request.url).toString();
  const date = formatCalendarDate(lapse.lapseOn, locale);
  const ics = allDayEventIcs({
    uid: `odjava-${c.id}-lapse@odjava`,
    date: lapse.remindOn,
    summary: t("ics.lapseSummary", { operator: operatorLabel(t, c.facts.operator), number: formatE164(c.phoneE164), date }),
    description: t("ics.lapseDescription", { date, url: caseUrl }),
    url: caseUrl,
    alarmDaysBefore: 0,
  });
  return fileResponse(ics, "text/calendar; charset=utf-8", `odjava-lapse-${c.id}.ics`);
}

import { caseForRoute, fileResponse, notFoundResponse } from "../../../lib/cases/route-access";
import { followUp } from "../../../lib/playbook/deadline";
import { allDayEventIcs } from "../../../lib/ics";
import { getLocale, getT } from "../../../lib/i18n/server";
import { operatorLabel } from "../../../lib/i18n/labels";
import { formatCalendarDate } from "../../../lib/dates";
import { formatE164 } from "../../../lib/phone";
import { todayInBelgrade } from "../../../lib/calendar";

// The follow-up date as a calendar event; 404 until the submission date is recorded.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await caseForRoute(request, id, "reminder.ics");
  if (c instanceof Response) return c;
  if (!c.facts.submittedOn) return notFoundResponse();
  const due = followUp(c.facts.submittedOn, todayInBelgrade());
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const caseUrl = new URL(`/cases/${c.id}/wait`, request.url).toString();
  const ics = allDayEventIcs({
    uid: `odjava-${c.id}-follow-up@odjava`,
    date: due.due,
    summary: t("ics.summary", { operator: operatorLabel(t, c.facts.operator), number: formatE164(c.phoneE164) }),
    description: t("ics.description", { date: formatCalendarDate(c.facts.submittedOn, locale), url: caseUrl }),
    url: caseUrl,
    alarmDaysBefore: 0,
  });
  return fileResponse(ics, "text/calendar; charset=utf-8", `odjava-follow-up-${c.id}.ics`);
}

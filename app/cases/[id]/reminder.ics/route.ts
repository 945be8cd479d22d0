import { caseForRoute, fileResponse, notFoundResponse } from "../../../lib/cases/route-access";
import { followUp } from "../../../lib/playbook/deadline";
import { allDayEventIcs } from "../../../lib/ics";
import { operatorName } from "../../../lib/playbook/operators";
import { formatE164 } from "../../../lib/phone";
import { todayInBelgrade } from "../../../lib/calendar";

// The follow-up date as a calendar event; 404 until the submission date is recorded.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await caseForRoute(request, id, "reminder.ics");
  if (c instanceof Response) return c;
  if (!c.facts.submittedOn) return notFoundResponse();
  const due = followUp(c.facts.submittedOn, todayInBelgrade());
  const caseUrl = new URL(`/cases/${c.id}/wait`, request.url).toString();
  const ics = allDayEventIcs({
    uid: `odjava-${c.id}-follow-up@odjava`,
    date: due.due,
    summary: `Odjava: has ${operatorName(c.facts.operator)} answered about ${formatE164(c.phoneE164)}?`,
    description: `You submitted the termination request on ${c.facts.submittedOn}. If the operator has not answered, follow up: ${caseUrl}`,
    url: caseUrl,
    alarmDaysBefore: 0,
  });
  return fileResponse(ics, "text/calendar; charset=utf-8", `odjava-follow-up-${c.id}.ics`);
}

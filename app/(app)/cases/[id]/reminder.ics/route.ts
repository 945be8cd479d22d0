import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse, notFoundResponse } from "@/app/lib/wrappers/route-handler";
import { followUp } from "@/app/lib/playbook/deadline";
import { allDayEventIcs } from "@/app/lib/ics";
import { operatorLabel } from "@/app/lib/labels";
import { formatCalendarDate } from "@/app/lib/dates";
import { formatE164 } from "@/app/lib/phone";

// The follow-up date as a calendar event; 404 until the submission date is recorded.
export const GET = caseRoute("reminder.ics", async ({ request, c, t, locale, now, today }) => {
  const submittedOn = c.answers.submittedOn;
  if (!submittedOn) return notFoundResponse();
  const due = followUp(submittedOn, today);
  const caseUrl = new URL(`/cases/${c.id}/wait`, request.url).toString();
  const ics = allDayEventIcs(
    {
      uid: `odjava-${c.id}-follow-up@odjava`,
      date: due.due,
      summary: t("ics.summary", { operator: operatorLabel(t, c.answers.operator), number: formatE164(c.phoneE164) }),
      description: t("ics.description", { date: formatCalendarDate(submittedOn, locale), url: caseUrl }),
      url: caseUrl,
      alarmDaysBefore: 0,
    },
    now,
  );
  return fileResponse(ics, "text/calendar; charset=utf-8", `odjava-follow-up-${c.id}.ics`);
});

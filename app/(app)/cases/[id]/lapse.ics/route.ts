import { caseRoute } from "@/app/lib/cases/case-route";
import { fileResponse, notFoundResponse } from "@/app/lib/wrappers/route-handler";
import { prepaidLapse } from "@/app/lib/playbook/lapse";
import { operatorById } from "@/app/lib/playbook/operators";
import { allDayEventIcs } from "@/app/lib/ics";
import { operatorLabel } from "@/app/lib/labels";
import { formatCalendarDate } from "@/app/lib/dates";
import { formatE164 } from "@/app/lib/phone";

// A prepaid number's lapse as a calendar reminder, 30 days ahead; 404 while the operator's
// rule or the last top-up is unknown.
export const GET = caseRoute("lapse.ics", async ({ request, c, t, locale, now }) => {
  const lapse = c.answers.planType === "prepaid" ? prepaidLapse(operatorById(c.answers.operator), c.stored.lastTopUp) : null;
  if (!lapse) return notFoundResponse();
  const caseUrl = new URL(`/cases/${c.id}/prepare`, request.url).toString();
  const date = formatCalendarDate(lapse.lapseOn, locale);
  const ics = allDayEventIcs(
    {
      uid: `odjava-${c.id}-lapse@odjava`,
      date: lapse.remindOn,
      summary: t("ics.lapseSummary", { operator: operatorLabel(t, c.answers.operator), number: formatE164(c.phoneE164), date }),
      description: t("ics.lapseDescription", { date, url: caseUrl }),
      url: caseUrl,
      alarmDaysBefore: 0,
    },
    now,
  );
  return fileResponse(ics, "text/calendar; charset=utf-8", `odjava-lapse-${c.id}.ics`);
});

import { test, expect } from "@playwright/test";
import { createCase, newPage } from "@/tests/support/ui";
import { PERSON_STATE } from "@/tests/support/auth";
import { addDays, addMonths, todayInBelgrade } from "@/app/lib/calendar";
import { formatCalendarDate } from "@/app/lib/dates";

test("after closing: two bill check-ins with dates and .ics; when a bill came, a complaint, its deadline from the due date, and the RATEL route", async ({
  browser,
}) => {
  const { page, context } = await newPage(browser, { storageState: PERSON_STATE });
  const caseUrl = await createCase(page, { operator: "mts", phone: "064 333 4455", plan: "Postpaid" });
  await page.goto(`${caseUrl}/confirm`);
  await expect(page.getByText("Record the closing date above first")).toBeVisible();
  expect((await page.request.get(`${caseUrl}/bill-checks.ics`)).status(), "no closing date: no check-ins").toBe(404);

  // Closed 40 days ago: the first check-in (a month later) is due, the second is not yet.
  const closedOn = addDays(todayInBelgrade(), -40);
  const [first, second] = [addMonths(closedOn, 1), addMonths(closedOn, 2)];
  await page.getByLabel("Date the line was closed").fill(closedOn);
  await page.getByRole("button", { name: "Mark closed" }).click();
  const checkIns = page.locator("#bill-check-ins");
  await expect(checkIns).toContainText(`Check-in 1: ${formatCalendarDate(first, "en")}`);
  await expect(checkIns).toContainText(`Check-in 2: ${formatCalendarDate(second, "en")}`);
  await expect(page.locator("#bills-billCheck1-yes")).toBeVisible();
  await expect(page.locator("#bills-billCheck2-yes")).toHaveCount(0);

  const ics = (await (await page.request.get(`${caseUrl}/bill-checks.ics`)).text()).replace(/\r\n /g, "");
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain(`DTSTART;VALUE=DATE:${first.replaceAll("-", "")}`);
  expect(ics).toContain(`DTSTART;VALUE=DATE:${second.replaceAll("-", "")}`);

  // A bill came: the complaint in Serbian, its meaning, and RATEL with its source.
  await page.locator("#bills-billCheck1-yes").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const complaint = page.locator("#bill-complaint-sr");
  await expect(complaint).toContainText("Prigovor na račun za broj +381 64 3334455, izdat posle isključenja");
  await expect(page.getByText(/complain to the regulator RATEL online at portal\.ratel\.rs/)).toBeVisible();
  await expect(page.getByText(/bill sent after a line was closed, left unpaid and collected by a bailiff/)).toBeVisible();

  // The bill's due date gives the complaint's last day (due + 30 days), with the rule that
  // only the undisputed part is paid meanwhile; a due date long past says the 30 days ended.
  const dueOn = addDays(todayInBelgrade(), -5);
  await page.getByLabel("Due date on that bill").fill(dueOn);
  await page.getByRole("button", { name: "Save the due date" }).click();
  const deadline = page.locator("#complaint-deadline");
  await expect(deadline).toHaveAttribute("data-last-day", addDays(dueOn, 30));
  await expect(deadline).toHaveText(`Complain by ${formatCalendarDate(addDays(dueOn, 30), "en")} (25 days left).`);
  await expect(page.getByText(/you pay only the part of the bill you do not dispute/)).toBeVisible();
  await expect(page.getByText(/disputed with the operator within 30 days of its due date/)).toBeVisible();
  const longAgo = addDays(todayInBelgrade(), -45);
  await page.getByLabel("Due date on that bill").fill(longAgo);
  await page.getByRole("button", { name: "Save the due date" }).click();
  await expect(deadline).toHaveText(
    `The 30 days after the due date ended on ${formatCalendarDate(addDays(longAgo, 30), "en")}. Complain all the same, and ask RATEL whether it can still help.`,
  );

  // And the reply to a collection agency that claims that bill: disputed, a complaint
  // lodged, collection to stop, the claim's basis asked for; a bailiff's letter is another
  // matter, said as not verified.
  const reply = page.locator("#collection-reply-sr");
  await expect(reply).toContainText("Predmet: Osporavanje potraživanja za broj +381 64 3334455");
  await expect(reply).toContainText("Molim Vas da do okončanja postupka po prigovoru obustavite naplatu");
  await expect(page.getByText("Please suspend collection until the complaint has been decided", { exact: false })).toBeVisible();
  await expect(page.getByText(/Odjava has not verified those deadlines/)).toBeVisible();

  // Saved: a fresh load shows the same; answering "no" takes the complaint away.
  await page.reload();
  await expect(page.locator("#bills-billCheck1-yes")).toBeChecked();
  await page.locator("#bills-billCheck1-no").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(complaint).toHaveCount(0);
  await expect(reply).toHaveCount(0);
  await expect(page.locator("[data-check-in='1']")).toHaveAttribute("data-answer", "no");
  await context.close();
});

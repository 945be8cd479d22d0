import { test, expect } from "@/tests/support/fixtures";
import { choose, createCase, saveForm } from "@/tests/support/ui";
import { addDays, todayInBelgrade } from "@/app/lib/calendar";
import { formatCalendarDate } from "@/app/lib/dates";

test("evidence: the registered-mail receipt number and the day the operator received it; sent is not received", async ({ person }) => {
  // A person of its own: "export my data" must hold this case only.
  const { page } = person;
  const caseUrl = await createCase(page, { operator: "a1", phone: "060 777 8899", plan: "Postpaid" });
  await page.goto(`${caseUrl}/contact`);
  await choose(page, "Channel", "By registered letter");
  await saveForm(page, "Save choice");

  const sent = addDays(todayInBelgrade(), -6);
  const received = addDays(todayInBelgrade(), -2);
  await page.goto(`${caseUrl}/submit`);
  await page.locator("#submission-submittedOn").fill(sent);
  await page.getByLabel("Registered-mail receipt number").fill("RR123456789RS");
  await page.locator("form:has(#submission-submittedOn) button[type=submit]").click();
  await expect(page.locator("form:has(#submission-submittedOn) [role=status]")).not.toBeEmpty();

  await page.goto(`${caseUrl}/wait`);
  const state = page.locator("#receipt-state");
  await expect(state).toContainText(`Sent on ${formatCalendarDate(sent, "en")}, but not yet known to be received. Sent is not received`);
  await expect(page.getByText(/the return receipt \(povratnica\) signed by the operator/)).toBeVisible();

  // A day in the future is refused; the real day is kept and shown.
  await page.getByLabel("Date the operator received the request").fill(addDays(todayInBelgrade(), 3));
  await page.locator("form:has(#received-receivedOn) button[type=submit]").click();
  await expect(page.locator("#received-receivedOn-error")).not.toBeEmpty();
  await expect(state).toContainText("not yet known to be received");
  await page.getByLabel("Date the operator received the request").fill(received);
  await page.locator("form:has(#received-receivedOn) button[type=submit]").click();
  await expect(state).toContainText(`The operator received the request on ${formatCalendarDate(received, "en")}`);

  // Both are in "export my data".
  const exported = await (await page.request.get("/account/export.json")).json();
  expect(exported.cases[0]).toMatchObject({ postReceiptNo: "RR123456789RS", receivedOn: received, submittedOn: sent });
});

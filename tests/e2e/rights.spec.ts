import { test, expect } from "@/tests/support/fixtures";
import { choose, pdfTextAt, saveForm, createCase } from "@/tests/support/ui";
import { query } from "@/tests/support/db";
import { addDays, addMonths, todayInBelgrade } from "@/app/lib/calendar";
import { formatCalendarDate, formatSerbianDate } from "@/app/lib/dates";

// Rights with dates: an A1 postpaid contract in its term, a price-change notice that arrived
// 10 days ago: the window's last day (notice + 30 days, so 20 days left) with Art. 131 and its
// source, a reminder 7 days before it, and a letter that cites Art. 131 and the notice day.
test("a price-change notice 10 days ago: the window's last day with Art. 131, its reminder, and a letter citing it", async ({ person }) => {
  const { page, context } = person;
  const today = todayInBelgrade();
  const notice = addDays(today, -10);
  const lastDay = addDays(notice, 30);
  const caseUrl = await createCase(page, { operator: "a1", phone: "060 765 4321", plan: "Postpaid", endDate: addMonths(today, 14) });
  const caseId = caseUrl.split("/").pop()!;

  await choose(page, /bill due/, "No");
  await choose(page, /wrong with the account/, "No");
  // A notice day in the future is refused.
  await page.getByLabel("Day a notice of a price or terms change arrived").fill(addDays(today, 1));
  await page.getByRole("button", { name: "Save answers", exact: true }).click();
  await expect(page.locator("#eligibility-priceNoticeOn-error")).not.toBeEmpty();
  await page.getByLabel("Day a notice of a price or terms change arrived").fill(notice);
  await saveForm(page, "Save answers");

  const window = page.locator("#price-window");
  await expect(window).toHaveAttribute("data-last-day", lastDay);
  await expect(window).toContainText(`You can leave without termination costs until ${formatCalendarDate(lastDay, "en")} (20 days left)`);
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Leaving after a price or terms change" }) });
  await expect(section).toContainText("Under the 2023 law (Art. 131, as quoted by a user forum");
  await expect(section.getByRole("link", { name: "forum.benchmark.rs" })).toHaveAttribute("href", "https://forum.benchmark.rs/goto/post?id=7107628");
  await expect(section).toContainText("not the operator's own page: confirm with the operator");
  // Shown once on the page, not again among the contract's facts below.
  await expect(page.getByText("Under the 2023 law (Art. 131", { exact: false })).toHaveCount(1);

  // The reminder, 7 days before the last day.
  const reminders = await query<{ kind: string; day: string }>(`SELECT "kind", "day" FROM "Reminder" WHERE "caseId" = ? ORDER BY "day"`, [caseId]);
  expect(reminders).toContainEqual({ kind: "price-window-end", day: addDays(lastDay, -7) });

  // The letter, dated today (nothing submitted yet), cites Art. 131 and the notice day; the
  // term still runs, so it asks for the end date without Art. 129.
  const letter = (await pdfTextAt(context.request, `${caseUrl}/letter.pdf`)).replace(/\s+/g, " ");
  expect(letter).toContain(`Dana ${formatSerbianDate(notice)} dostavljeno mi je obaveštenje o izmeni cene, odnosno uslova ugovora.`);
  expect(letter).toContain("U skladu sa članom 131. Zakona o elektronskim komunikacijama, ugovor raskidam u roku od 30 dana od dana prijema tog obaveštenja");
  expect(letter).toContain(`Molim da ugovor prestane da važi najkasnije ${formatSerbianDate(addMonths(today, 1))}`);
  expect(letter).not.toContain("članom 129");
  expect(letter).toContain(`The notice of a change of price or contract terms reached me on ${formatCalendarDate(notice, "en")}. Under Article 131`);
});

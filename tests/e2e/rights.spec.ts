import { test, expect } from "@/tests/support/fixtures";
import { choose, pdfTextAt, saveForm, createCase } from "@/tests/support/ui";
import { query } from "@/tests/support/db";
import { addDays, addMonths, todayInBelgrade } from "@/app/lib/calendar";
import { formatCalendarDate, formatSerbianDate } from "@/app/lib/dates";

// Rights with dates: an A1 postpaid contract in its term with a phone on instalments, a
// price-change notice that arrived 10 days ago: the window's last day (notice + 30 days, so 20
// days left) with Art. 131 and its source, a reminder 7 days before it, what is left on the
// phone, and a letter that cites Art. 131 and the notice day and asks for a statement of the
// instalments (but no calculation of termination costs: inside the window there are none).
test("A1 in its term, a phone on instalments, a price-change notice 10 days ago: the window's last day, the instalments, a letter citing Art. 131", async ({
  person,
}) => {
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

  // Inside the window ending costs nothing; the phone's instalments are owed all the same.
  await expect(page.locator("#term-cost")).toHaveAttribute("data-cost", "price-window");
  await expect(page.locator("#term-cost")).toContainText("You are inside the 30 days after a price or terms change notice");
  await expect(page.getByLabel("Discount a month (RSD)")).toHaveCount(0);
  await choose(page, /buy a phone or another device on instalments/, "Yes");
  await page.getByLabel("Instalments left").fill("12");
  await page.getByLabel("One instalment (RSD)").fill("2.500");
  await saveForm(page, "Save the device's instalments");
  const device = page.locator("#device-instalments");
  await expect(device).toHaveAttribute("data-total", "30000");
  await expect(device).toContainText("Left to pay for the device: 12 instalments of RSD 2,500 = RSD 30,000.");
  await expect(device.getByRole("link", { name: "efektiva.rs" })).toHaveAttribute("href", /^https:\/\/efektiva\.rs\//);
  await expect(device).toContainText("cut off before the second option");
  // Stored as typed digits, shown as typed after a reload.
  await page.reload();
  await expect(page.getByLabel("One instalment (RSD)")).toHaveValue("2500");
  await expect(page.getByText("Find out what is left to pay for the device, and how")).toBeVisible();

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
  expect(letter).toContain("Uz ugovor sam kupio/la uređaj na rate. Molim Vas da mi dostavite pregled preostalih rata (broj i iznos)");
  expect(letter).not.toContain("pisani obračun troškova");
  expect(letter).toContain(`The notice of a change of price or contract terms reached me on ${formatCalendarDate(notice, "en")}. Under Article 131`);
});

// In its term and outside any window: an estimate from the discount a month and the months
// used; a fraction is refused next to its field with what was typed kept; the letter and the
// shop sheet ask for the operator's written calculation.
test("ending a Yettel contract inside its term: an estimate of the discount to pay back, and the letter asks for a written calculation", async ({ person }) => {
  const { page, context } = person;
  const today = todayInBelgrade();
  const endDate = addMonths(today, 9);
  const caseUrl = await createCase(page, { operator: "yettel", phone: "063 765 4321", plan: "Postpaid", endDate });
  const cost = page.locator("#term-cost");
  await expect(cost).toContainText("Enter the discount a month and the months used to see an estimate.");

  await page.getByLabel("Discount a month (RSD)").fill("1.200,50");
  await page.getByLabel("Months of the term used so far").fill("15");
  await page.getByRole("button", { name: "Save and estimate", exact: true }).click();
  await expect(page.locator("#termCost-termDiscount-error")).toHaveText("Enter a whole number in digits, e.g. 1500 or 1.500.");
  await expect(page.getByLabel("Discount a month (RSD)")).toHaveValue("1.200,50");
  await expect(page.getByLabel("Months of the term used so far")).toHaveValue("15");
  await page.getByLabel("Discount a month (RSD)").fill("1.200");
  await saveForm(page, "Save and estimate");
  await expect(cost).toHaveAttribute("data-cost", "18000");
  await expect(cost).toContainText("Estimate: RSD 1,200 × 15 months = RSD 18,000. Only the discount you received may be reclaimed");

  const letter = (await pdfTextAt(context.request, `${caseUrl}/letter.pdf`)).replace(/\s+/g, " ");
  expect(letter).toContain(`Ugovorna obaveza traje do ${formatSerbianDate(endDate)} Pre raskida molim pisani obračun troškova prevremenog raskida`);
  expect(letter).toContain("operator may charge only the discount I received for the months used");
  expect(letter).not.toContain("uređaj na rate");
  const sheet = (await pdfTextAt(context.request, `${caseUrl}/shop-sheet.pdf`)).replace(/\s+/g, " ");
  expect(sheet).toContain("pisani obračun troškova prevremenog raskida, ako ugovorna obaveza još traje;");
});

import { type Page } from "@playwright/test";
import { test, expect } from "@/tests/support/fixtures";
import { choose, createCase, newPage, pdfText, saveForm, tickAll, pdfTextAt } from "@/tests/support/ui";
import { PERSON_STATE } from "@/tests/support/auth";

async function goStep(page: Page, caseUrl: string, step: string) {
  await page.goto(`${caseUrl}/${step}`);
}

async function expectDone(page: Page, caseUrl: string) {
  await page.goto(caseUrl);
  await expect(page.getByText("All steps are done.")).toBeVisible();
  const text = await page.getByRole("progressbar").getAttribute("aria-valuetext");
  const [done, total] = text!.match(/\d+/g)!.map(Number);
  expect(done).toBe(total);
}

// A person of its own: the end of this test reads the list of the person's cases.
test("A1 postpaid contract by registered letter: every step to closed, with the deadline across a holiday", async ({ person }) => {
  const { page, context } = person;
  const caseUrl = await createCase(page, { operator: "a1", phone: "060 123 4567", plan: "Postpaid", endDate: "2025-06-30" });

  // 1. eligibility: the term is over, no bills, no problems.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Step 1 of 6: Check what blocks cancellation");
  await expect(page.getByText("Verdict: Answer the questions")).toBeVisible();
  await choose(page, /bill due/, "No");
  await choose(page, /wrong with the account/, "No");
  await saveForm(page, "Save answers");
  await expect(page.getByText("Verdict: Nothing blocks cancellation")).toBeVisible();
  await expect(page.getByText("The minimum term has ended")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^24 months\./ })).toBeVisible();

  // 2. prepare
  await page.getByRole("link", { name: /^Next: Prepare/ }).click();
  // The first step shows the porting fact too (keep or give up the number): be on the next.
  await expect(page).toHaveURL(/\/prepare$/);
  await expect(page.getByText(/A request to port the number to another operator is at the same time/)).toBeVisible();
  await tickAll(page);

  // 3. contact: A1's verified number with its source, unverified facts said to be so.
  await goStep(page, caseUrl, "contact");
  await expect(page.getByRole("link", { name: "060 1234" })).toHaveAttribute("href", "tel:0601234");
  await expect(page.locator("dd", { hasText: "060 1234" }).getByRole("link", { name: "a1.rs" })).toHaveAttribute(
    "href",
    "https://a1.rs/podrska/faq-single-view?id=130",
  );
  await expect(page.getByText(/Not verified: A number for private customers calling A1 from abroad/)).toBeVisible();
  await choose(page, "Channel", "By registered letter");
  await saveForm(page, "Save choice");
  await tickAll(page);

  // 4. submit: documents for a letter, the letter itself, the submission.
  await goStep(page, caseUrl, "submit");
  await choose(page, "Identity document", "Serbian ID card (lična karta)");
  await page.getByLabel("Name of the contract holder").fill("Marko Petrović");
  await page.getByLabel("Town where you sign the letter").fill("Beograd");
  await page.getByLabel("Reason for cancelling").selectOption("moving-abroad");
  await saveForm(page, "Save");
  await expect(page.getByRole("checkbox", { name: /registered mail with a return receipt/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /contract number and date/ })).toBeVisible();
  const letterText = await pdfTextAt(context.request, `${caseUrl}/letter.pdf`);
  for (const s of [
    "Zahtev za raskid ugovora",
    "Marko Petrović",
    "Milutina Milankovića 1ž",
    "11070 Novi Beograd",
    "Razlog: odlazim iz Srbije.",
    "lična karta",
    "Request to terminate the contract",
  ]) {
    expect(letterText).toContain(s);
  }
  // A date in the future is refused and nothing is saved.
  await page.getByLabel("Date handed in or sent").fill("2099-01-01");
  await page.getByRole("button", { name: "Save submission" }).click();
  await expect(page.locator("#submission-submittedOn-error")).toHaveText("This date is in the future.");
  // Thursday 5 November 2026: 8 business days later skips Wednesday 11 November (Armistice Day).
  await page.getByLabel("Date handed in or sent").fill("2026-11-05");
  await page.getByLabel("Operator's reference or registry number").fill("RR 123 456 789 RS");
  await saveForm(page, "Save submission");
  await tickAll(page);

  // 5. wait: the follow-up date, the reminder, escalation once it has passed.
  await goStep(page, caseUrl, "wait");
  await expect(page.getByText("Follow up on 18 November 2026")).toBeVisible();
  const ics = await context.request.get(`${caseUrl}/reminder.ics`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("DTSTART;VALUE=DATE:20261118");
  await page.getByRole("link", { name: /Follow up, then complain to RATEL/ }).click();
  await expect(
    page.getByText(/Dana 05\.11\.2026\. sam podneo\/la zahtev za raskid ugovora za broj \+381 60 1234567 \(broj predmeta: RR 123 456 789 RS\)/),
  ).toBeVisible();
  await expect(page.getByText(/portal\.ratel\.rs/)).toBeVisible();
  await goStep(page, caseUrl, "wait");
  await page.getByLabel("Date of the operator's answer").fill("2026-11-19");
  await page.getByLabel("What they said").fill("Line closes on 24 November; final bill 0 RSD.");
  await saveForm(page, "Save answer");

  // 6. confirm
  await goStep(page, caseUrl, "confirm");
  await page.getByLabel("Date the line was closed").fill("2026-11-24");
  await saveForm(page, "Mark closed");
  await tickAll(page);
  await expectDone(page, caseUrl);
  for (const s of ["Request submitted by registered letter on 5 November 2026", "Operator answered on 19 November 2026", "Line closed on 24 November 2026"]) {
    await expect(page.getByText(s)).toBeVisible();
  }
  await page.goto("/cases");
  await expect(page.getByText("Postpaid · closed")).toBeVisible();
  await expect(page.getByRole("link", { name: /^View/ })).toBeVisible();

  const summary = pdfText(await (await context.request.get(`${caseUrl}/summary.pdf`)).body());
  for (const s of [
    "Line closed: 24 November 2026",
    "Submitted: 5 November 2026, reference RR 123 456 789 RS",
    "060 1234 (source: https://a1.rs/podrska/faq-single-view?id=130",
  ]) {
    expect(summary).toContain(s);
  }
  await context.close();
});

test("Yettel prepaid card handed in at a shop with a passport: the shorter path, to closed", async ({ browser }) => {
  const { page, context } = await newPage(browser, { storageState: PERSON_STATE });
  const caseUrl = await createCase(page, { operator: "yettel", phone: "063 123 4567", plan: "Prepaid" });

  await expect(page.getByRole("group", { name: /bill due/ })).toHaveCount(0);
  await choose(page, /wrong with the account/, "No");
  await saveForm(page, "Save answers");
  await expect(page.getByText("Verdict: Nothing blocks cancellation")).toBeVisible();
  // A prepaid card says with which document it is registered (one answer for the card and
  // for a porting pre-check).
  await choose(page, "With which document is this card registered?", "Registered to me with my passport");
  await saveForm(page, "Save the registration");

  await goStep(page, caseUrl, "prepare");
  await expect(page.getByText(/330 more days to top up \(at least 300 RSD\)/)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /remaining prepaid balance/ })).toBeVisible();
  await tickAll(page);

  await goStep(page, caseUrl, "contact");
  // Yettel's number rests on Telenor's page and Yettel's business page: shown, but to confirm.
  const yettelNumber = page.locator("dd", { hasText: "063 9000" });
  await expect(yettelNumber.getByRole("link", { name: "063 9000" })).toHaveAttribute("href", "tel:0639000");
  await expect(yettelNumber.getByRole("link", { name: "telenor.rs" })).toHaveAttribute(
    "href",
    "http://www.telenor.rs/en/Consumer/Services/Interactive-Voice-Response/",
  );
  await expect(yettelNumber.getByRole("link", { name: "yettel.rs" })).toHaveAttribute(
    "href",
    "https://www.yettel.rs/sr/biznis/ponuda/roming/opste-informacije",
  );
  await expect(yettelNumber).toContainText("not the operator's own page: confirm with the operator");
  await expect(yettelNumber).toContainText("Yettel's own page names 063 9000 as its business contact centre");
  await expect(page.getByText("Omladinskih brigada 90, 11070 Novi Beograd", { exact: false })).toBeVisible();
  await choose(page, "Channel", "In a shop, in person");
  await saveForm(page, "Save choice");
  await tickAll(page);

  await goStep(page, caseUrl, "submit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Step 4 of 5: Submit the request");
  await choose(page, "Identity document", "Foreign passport");
  await page.getByLabel("Name of the contract holder").fill("Wang Fang");
  await page.getByLabel("Reason for cancelling").selectOption("moving-abroad");
  await saveForm(page, "Save");
  await expect(page.getByRole("checkbox", { name: "Bring your passport, the one the contract was made with" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /stamp your copy/ })).toBeVisible();
  const letter = pdfText(await (await context.request.get(`${caseUrl}/letter.pdf`)).body());
  expect(letter).toContain("trajno isključenje pripejd broja +381 63 1234567");
  expect(letter).toContain("pasoš");
  await page.getByLabel("Date handed in or sent").fill("2026-11-20");
  await saveForm(page, "Save submission");
  await tickAll(page);
  await expect(page.getByRole("link", { name: /^Next: Confirm the line is closed/ })).toBeVisible();

  // No wait step on this path.
  expect((await page.goto(`${caseUrl}/wait`))?.status()).toBe(404);

  await goStep(page, caseUrl, "confirm");
  await page.getByLabel("Date the line was closed").fill("2026-11-20");
  await saveForm(page, "Mark closed");
  await tickAll(page);
  await expectDone(page, caseUrl);
  await expect(page.getByText("Request submitted in a shop on 20 November 2026")).toBeVisible();
  await context.close();
});

test("mts contract still in its term, sent by e-mail: cost warning, sourced contacts, to closed", async ({ browser }) => {
  const { page, context } = await newPage(browser, { storageState: PERSON_STATE });
  const caseUrl = await createCase(page, { operator: "mts", phone: "+381 64 765 4321", plan: "Postpaid", endDate: "2099-12-31" });

  await choose(page, /bill due/, "Yes");
  await choose(page, /wrong with the account/, "No");
  await saveForm(page, "Save answers");
  await expect(page.getByText("Verdict: Do this first")).toBeVisible();
  await expect(page.getByText(/Pay the bills that are due first/)).toBeVisible();
  await expect(page.getByText(/The minimum term runs until 31 December 2099/)).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^12 or 24 months\./ })).toBeVisible();
  await tickAll(page);

  await goStep(page, caseUrl, "prepare");
  await tickAll(page);
  await goStep(page, caseUrl, "contact");
  await expect(page.getByRole("link", { name: "0800 100 100 (free)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "mtsinfo@telekom.rs" })).toHaveAttribute("href", "mailto:mtsinfo@telekom.rs");
  await expect(page.locator("dd", { hasText: "mtsinfo@telekom.rs" })).toContainText("not the operator's own page: confirm with the operator");
  await expect(page.getByText(/power of attorney certified by a notary/)).toBeVisible();
  await choose(page, "Channel", "By e-mail");
  await saveForm(page, "Save choice");
  await tickAll(page);

  await goStep(page, caseUrl, "submit");
  await choose(page, "Identity document", "Serbian ID card (lična karta)");
  await page.getByLabel("Name of the contract holder").fill("Jelena Šćekić");
  await page.getByLabel("Reason for cancelling").selectOption("cost");
  await saveForm(page, "Save");
  await expect(page.getByRole("checkbox", { name: /scan or photograph it/ })).toBeVisible();
  await page.getByLabel("Date handed in or sent").fill("2026-11-23");
  await saveForm(page, "Save submission");
  await tickAll(page);

  await goStep(page, caseUrl, "wait");
  await expect(page.getByText("Follow up on 3 December 2026")).toBeVisible();
  await page.getByLabel("Date of the operator's answer").fill("2026-11-24");
  await saveForm(page, "Save answer");

  await goStep(page, caseUrl, "confirm");
  await page.getByLabel("Date the line was closed").fill("2026-11-25");
  await saveForm(page, "Mark closed");
  await tickAll(page);
  await expectDone(page, caseUrl);
  const letter = pdfText(await (await context.request.get(`${caseUrl}/letter.pdf`)).body());
  expect(letter).toContain("Jelena Šćekić");
  expect(letter).toContain("Dubrovačka 35");
  await context.close();
});

import { test, expect, type Page } from "@playwright/test";
import { createCase, newPage, pdfText, signUp, uniqueEmail } from "@/tests/support/ui";
import { PERSON_STATE } from "@/tests/support/auth";

// Issue 16, items 7 (already abroad) and 2 (a prepaid card's registration).

const ADDRESS = "Kastanienallee 12, 10435 Berlin, Deutschland";

// Saves the form holding the field and waits for its answer: a page opened before the
// answer comes may be rendered from the answers before it (a CI run saw the submit step
// without the letter chosen just before).
async function save(page: Page, fieldId: string) {
  const form = page.locator(`form:has(#${fieldId})`);
  await form.locator("button[type=submit]").click();
  await expect(form.getByText("Saved", { exact: true })).toBeVisible();
}

// pdftotext without layout, compared without white space: a sentence may wrap anywhere.
const flat = (pdf: Buffer) => pdfText(pdf, { layout: false }).replace(/\s+/g, "");
const has = (text: string, s: string) => text.includes(s.replace(/\s+/g, ""));

test("a person abroad with mts by registered letter through a representative", async ({ browser }) => {
  const { page, context } = await newPage(browser);
  await signUp(page, uniqueEmail("abroad"));
  const caseUrl = await createCase(page, { operator: "mts", phone: "064 321 7654", plan: "Postpaid" });

  // Asked on the first step; the plan says what works from abroad.
  await expect(page.locator("#abroad-plan")).toHaveCount(0);
  await page.locator("#abroad-abroad-yes").check();
  await save(page, "abroad-abroad-yes");
  await expect(page.locator("#abroad")).toHaveAttribute("data-abroad", "yes");
  const plan = page.locator("#abroad-plan");
  await expect(plan).toContainText("by international registered letter with a return receipt");
  await expect(plan.locator("[data-channel=shop]")).toHaveAttribute("data-open", "no");
  await expect(plan.locator("[data-channel=shop]")).toContainText("only through a representative in Serbia");
  // mts has no number sourced for calls from abroad: none is offered, and 0800 is not verified.
  await expect(plan).toContainText("Not verified");
  await expect(plan).toContainText("Whether free 0800 numbers can be called from abroad was not verified");
  await expect(plan.locator("a[href^='tel:']")).toHaveCount(0);

  // Without a representative, no shop visit is offered.
  await page.goto(`${caseUrl}/contact`);
  await expect(page.locator("#channel-channel-letter")).toBeVisible();
  await expect(page.locator("#channel-channel-shop")).toHaveCount(0);
  await page.locator("#representative-representative-yes").check();
  await save(page, "representative-representative-yes");
  await expect(page.locator("#poa")).toBeVisible();
  await expect(page.locator("#channel-channel-shop")).toBeVisible();
  await expect(page.locator("#abroad-plan [data-channel=shop]")).toHaveAttribute("data-open", "yes");
  // The contact step shows the channels alone: its contacts table and the power-of-attorney
  // section already say the rest.
  await expect(page.locator("#abroad-plan")).not.toContainText("Calling mts (Telekom Srbija) from abroad");
  await page.goto(`${caseUrl}/eligibility`);
  await expect(page.locator("#abroad-plan")).toContainText("Where to sign the power of attorney abroad");
  await expect(page.locator("#abroad-plan")).toContainText("Calling mts (Telekom Srbija) from abroad");
  await page.goto(`${caseUrl}/contact`);
  await expect(page.getByRole("checkbox", { name: /signed before a notary where you are, or at a Serbian embassy or consulate/ })).toBeVisible();
  await page.locator("#channel-channel-letter").check();
  await save(page, "channel-channel-letter");
  await expect(page.locator("#channel-channel-letter")).toBeChecked();

  // The letter: the address abroad, a single line like the other text fields.
  await page.goto(`${caseUrl}/submit`);
  await expect(page.getByRole("checkbox", { name: /international registered letter with a return receipt/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^Send it by registered mail/ })).toHaveCount(0);
  await page.locator("#letter-idDocument-passport").check();
  await page.locator("#letter-holderName").fill("Mila Jovanović");
  await page.locator("#letter-letterPlace").fill("Berlin");
  await page.locator("#letter-reason").selectOption("moving-abroad");
  // One line (an input, not a textarea), as long as the field's declaration allows.
  await expect(page.locator("#letter-foreignAddress")).toHaveJSProperty("tagName", "INPUT");
  await expect(page.locator("#letter-foreignAddress")).toHaveAttribute("maxlength", "200");
  await page.locator("#letter-foreignAddress").fill(ADDRESS);
  await save(page, "letter-foreignAddress");
  await expect(page.locator("form:has(#letter-foreignAddress) [role=status]")).not.toBeEmpty();
  await page.reload();
  await expect(page.locator("#letter-foreignAddress")).toHaveValue(ADDRESS);

  const letter = flat(await (await page.request.get(`${caseUrl}/letter.pdf`)).body());
  for (const s of [
    "Mila Jovanović",
    `Adresa u inostranstvu: ${ADDRESS}`,
    `Kako više ne boravim u Srbiji, konačni račun, potvrdu i svu dalju prepisku molim da mi dostavite na adresu u inostranstvu: ${ADDRESS}.`,
    "Razlog: odlazim iz Srbije.",
    "Telekom Srbija a.d.",
    `Address abroad: ${ADDRESS}`,
    `please send the final bill, the confirmation and all further correspondence to my address abroad: ${ADDRESS}.`,
  ])
    expect(has(letter, s), s).toBe(true);

  const poa = flat(await (await page.request.get(`${caseUrl}/power-of-attorney.pdf`)).body());
  for (const s of [
    "PUNOMOĆJE",
    `Ja, Mila Jovanović, broj lične karte ili pasoša: ______________________, adresa: ${ADDRESS},`,
    "ovlašćujem: ime i prezime:",
    "kod operatora Telekom Srbija a.d. Beograd (mts) podnese zahtev za raskid ugovora",
    "+381 64 3217654",
    "POWER OF ATTORNEY",
    `address: ${ADDRESS},`,
  ])
    expect(has(poa, s), s).toBe(true);

  // The checklist, as the summary PDF prints it: the registered-letter items from abroad.
  const summary = flat(await (await page.request.get(`${caseUrl}/summary.pdf`)).body());
  for (const s of [
    "Send it as an international registered letter with a return receipt (advice of delivery, povratnica)",
    "Give your address abroad for the final bill and the answers (the letter prints it)",
    "Give an IBAN for a refund of any overpayment (a foreign one works)",
    "Have the power of attorney signed before a notary where you are",
    "Give your representative the certified power of attorney",
  ])
    expect(has(summary, s), s).toBe(true);
  expect(has(summary, "Send it by registered mail with a return receipt (preporučeno s povratnicom)")).toBe(false);
  await context.close();
});

test("a prepaid card's registration: hand-in advice for someone leaving, register first to port an unregistered one", async ({ browser }) => {
  const { page, context } = await newPage(browser, { storageState: PERSON_STATE });

  // Registered to a passport, and leaving: hand it in or have it deregistered.
  const leaving = await createCase(page, { operator: "yettel", phone: "063 777 1001", plan: "Prepaid" });
  await expect(page.locator("#registration-hand-in")).toHaveCount(0);
  await page.locator("#registration-prepaidRegistration-passport").check();
  await save(page, "registration-prepaidRegistration-passport");
  await expect(page.locator("#registration")).toHaveAttribute("data-registration", "passport");
  await expect(page.locator("#registration")).toContainText("Art. 158");
  await expect(page.locator("#registration").getByRole("link", { name: "prijepoljeinfo.rs" })).toHaveAttribute(
    "href",
    "https://prijepoljeinfo.rs/ako-ste-pripejd-korisnik-morate-registrovati-svoj-broj-do-10-februara-2025-godine",
  );
  await expect(page.locator("#registration-hand-in")).toContainText("The card stays registered to you until it lapses or is handed in");
  await page.locator("#abroad-abroad-yes").check();
  await save(page, "abroad-abroad-yes");
  const handIn = page.locator("#registration-hand-in");
  await expect(handIn).toContainText("You are leaving Serbia, but the card stays registered to you");
  await expect(handIn).toContainText("hand it in at a Yettel shop, or ask Yettel in writing to deregister it");
  await expect(handIn).toContainText("Not verified");
  await page.goto(`${leaving}/confirm`);
  await expect(page.getByRole("checkbox", { name: /Hand the prepaid card in at a shop, or have the operator deregister it/ })).toBeVisible();

  // Unregistered, and keeping the number: register first, then port.
  const keeping = await createCase(page, { operator: "a1", phone: "060 777 1002", plan: "Prepaid" });
  await page.locator("#eligibility-keepNumber-yes").check();
  await page.locator("#eligibility-accountProblems-no").check();
  await save(page, "eligibility-keepNumber-yes");
  await expect(page.locator("#keep-number")).toHaveAttribute("data-keep", "yes");
  await page.locator("#registration-prepaidRegistration-none").check();
  await save(page, "registration-prepaidRegistration-none");
  const first = page.locator("#registration-register-first");
  await expect(first).toContainText("An unregistered card cannot be ported. Register it in your name with A1 Srbija first");
  await expect(first).toContainText("then ask the new operator to port the number");
  await expect(first.getByRole("link", { name: "ratel.rs", exact: true })).toHaveAttribute("href", "https://ratel.rs/sr/page/prenos-broja");
  await expect(page.locator("#registration-hand-in")).toHaveCount(0);
  // The porting pre-check reads the same answer: it blocks, and is not asked again.
  await page.goto(`${keeping}/prepare`);
  await expect(page.locator("[data-ground=portRegistered]")).toHaveAttribute("data-state", "blocks");
  await expect(page.locator("#porting-verdict")).toContainText("Porting would be refused now");
  await page.locator("[data-ground=portRegistered]").getByRole("link", { name: "Change the answer" }).click();
  await expect(page).toHaveURL(/\/eligibility#registration$/);
  await page.locator("#registration-prepaidRegistration-ebs").check();
  await save(page, "registration-prepaidRegistration-ebs");
  await expect(page.locator("#registration-register-first")).toHaveCount(0);
  await page.goto(`${keeping}/prepare`);
  await expect(page.locator("[data-ground=portRegistered]")).toHaveAttribute("data-state", "clear");
  await context.close();
});

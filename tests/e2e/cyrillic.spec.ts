import { test, expect } from "@playwright/test";
import { letterCaseById, pdfText, signUpById, submitOf, uniqueEmail, PASSWORD } from "@/tests/support/ui";
import { waitForMails } from "@/tests/support/mail";
import { translator } from "@/app/lib/i18n/translator";

// Serbian Cyrillic end to end: a browser that asks for sr-Cyrl gets the whole app, its
// mails, PDFs and calendar files in Cyrillic (made from the Latin messages), and chooses the
// letter's script.
const cy = translator("sr-Cyrl");
const CYRILLIC = /\p{Script=Cyrillic}/u;
// Mojibake: UTF-8 read as Latin-1 (Ð, Ñ, Ã...), or the replacement character.
const MOJIBAKE = /[ÐÑÃÂ][\u0080-\u00BF]|\uFFFD/;

test("a browser asking for sr-Cyrl signs up, sees Cyrillic, gets Cyrillic mail, PDFs and .ics, and picks the letter's script", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ locale: "sr-Cyrl" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Cyrl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Угасите српску СИМ картицу или раскините уговор, како треба.");
  await expect(page.getByRole("button", { name: "Српски" })).toHaveAttribute("aria-pressed", "true");

  const email = uniqueEmail("cyrl");
  await signUpById(page, email);
  await expect(page.getByText(cy("cases.emptyTitle"))).toBeVisible();
  const [mail] = await waitForMails(email);
  expect(mail!.subject).toBe("Потврдите своју адресу е-поште за Odjavu");
  expect(mail!.text).toContain(cy("mail.verifyBody"));

  await page.goto("/cases/new");
  await page.locator("#phone").fill("12");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#phone-error")).toHaveText(cy("errors.phone"));
  const caseUrl = await letterCaseById(page);
  await page.goto(`${caseUrl}/submit`);
  // A foreign name stays as typed in the Cyrillic letter; the Serbian place is Cyrillic.
  await page.locator("#letter-holderName").fill("John Smith");
  await page.locator("#letter-letterPlace").fill("Niš");
  await page.locator("form:has(#letter-holderName) input[name=idDocument][value=passport]").check();
  await page.locator("form:has(#letter-holderName) select[name=reason]").selectOption("cost");
  await submitOf(page, "letter-holderName").click();
  await expect(page.locator("form:has(#letter-holderName) [role=status]")).not.toBeEmpty();
  await page.locator("#submission-submittedOn").fill("2026-11-05");
  await submitOf(page, "submission-submittedOn").click();
  await expect(page.locator("form:has(#submission-submittedOn) [role=status]")).not.toBeEmpty();
  await page.goto(caseUrl);
  await expect(page.getByRole("heading", { name: cy("caseView.checklist") })).toBeVisible();
  // Dates by Intl in sr-Cyrl: the month's name is Cyrillic.
  await expect(page.getByText(/5\. новембар 2026/).first()).toBeVisible();

  const get = async (path: string) => {
    const response = await context.request.get(`${caseUrl}/${path}`);
    expect(response.status(), path).toBe(200);
    return response.body();
  };
  const summary = pdfText(await get("summary.pdf"));
  for (const s of ["Odjava: резиме случаја", cy("pdf.stepsHeading"), cy("steps.eligibility"), "Захтев за раскид уговора"]) expect(summary).toContain(s);
  expect(summary).not.toMatch(MOJIBAKE);

  // The submit step offers the letter in the other script; by default it follows the language.
  await page.goto(`${caseUrl}/submit`);
  const latinLink = page.getByRole("link", { name: cy("submit.letterInLatin") });
  await expect(latinLink).toHaveAttribute("href", `${caseUrl}/letter.pdf?script=latn`);
  for (const path of ["letter.pdf", "letter.pdf?script=cyrl"]) {
    const letter = pdfText(await get(path));
    for (const s of [
      "Захтев за раскид уговора",
      "Поштовани,",
      "Овим путем тражим раскид претплатничког уговора",
      "John Smith",
      "Ниш, 05.11.2026.",
      "С поштовањем,",
    ])
      expect(letter, path).toContain(s);
    expect(letter).not.toContain("Zahtev za raskid ugovora");
    expect(letter).not.toMatch(MOJIBAKE);
  }
  const latin = pdfText(await get("letter.pdf?script=latn"));
  for (const s of ["Zahtev za raskid ugovora", "Poštovani,", "John Smith", "Niš"]) expect(latin).toContain(s);
  expect(latin).not.toMatch(CYRILLIC);

  const ics = (await get("reminder.ics")).toString("utf8").replace(/\r\n /g, "");
  const summaryLine = ics.split("\r\n").find((l) => l.startsWith("SUMMARY:"))!;
  expect(summaryLine).toBe(`SUMMARY:${cy("ics.summary", { operator: "A1 Srbija", number: "+381 60 1234567" }).replace(/[,;]/g, (c) => `\\${c}`)}`);
  expect(summaryLine).toMatch(CYRILLIC);
  expect(ics).not.toMatch(MOJIBAKE);
  await context.close();
});

test("the account keeps Cyrillic: chosen with the switcher, it holds for a plain sr browser signing in again", async ({ browser }) => {
  const context = await browser.newContext({ locale: "sr" });
  const page = await context.newPage();
  // Plain "sr" reads Latin, as before.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Latn");
  const email = uniqueEmail("cyrl-switch");
  await signUpById(page, email);
  await page.getByRole("button", { name: "Српски" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Cyrl");
  await expect(page.getByText(cy("cases.emptyTitle"))).toBeVisible();
  await context.close();

  const again = await browser.newContext({ locale: "sr" });
  const p2 = await again.newPage();
  await p2.goto("/sign-in?next=/cases");
  await expect(p2.locator("html")).toHaveAttribute("lang", "sr-Latn");
  await p2.locator("#email").fill(email);
  await p2.locator("#password").fill(PASSWORD);
  await p2.locator("main form button[type=submit]").click();
  await expect(p2).toHaveURL((u) => u.pathname === "/cases");
  await expect(p2.locator("html")).toHaveAttribute("lang", "sr-Cyrl");
  await expect(p2.getByText(cy("cases.emptyTitle"))).toBeVisible();
  await again.close();
});

import type { BrowserContext, Page, Request } from "@playwright/test";
import { test, expect, createAccount, personIn, type Person } from "@/tests/support/fixtures";
import { asClient, createCase, newPage, signIn, signUp, uniqueEmail, pdfTextAt } from "@/tests/support/ui";

test("sign up, open a case, tick, resume in a fresh browser, export the PDF; another user sees 404", async ({ browser }) => {
  const email = uniqueEmail("journey");
  // No service worker: page.route() does not see the requests of a page it controls, and
  // a failed save is simulated by aborting one (installable.spec tests the worker).
  const a = await newPage(browser, { serviceWorkers: "block" });

  const ticks: [string, RegExp][] = [
    ["twofa-bank", /^Banks: SMS codes/],
    ["twofa-euprava", /^eID\.gov\.rs and ConsentID/],
    ["number-whatsapp", /^WhatsApp: number changed/],
  ];
  let caseUrl = "";
  let total = 0;
  let captured!: Request;
  let again!: { context: BrowserContext; page: Page };
  let b!: Person;
  await test.step("a signed-out visitor is sent to sign in and signs up", async () => {
    // A signed-out visitor is sent to sign in, and back afterwards.
    await a.page.goto("/cases");
    await expect(a.page).toHaveURL(/\/sign-in\?next=%2Fcases$/);
    await signUp(a.page, email);
    await expect(a.page.getByText("You have no cases yet.")).toBeVisible();
  });
  await test.step("bad input: messages next to the fields, what was typed kept, nothing written", async () => {
    // Bad input: messages next to the fields, what was typed kept, nothing written.
    await a.page.getByRole("link", { name: "New case" }).click();
    await a.page.getByLabel("Phone number").fill("123");
    await a.page.getByLabel("Contract end date").fill("2027-03-31");
    await a.page.getByRole("button", { name: "Create case" }).click();
    await expect(a.page.locator("#phone-error")).toHaveText(/Enter a Serbian mobile number/);
    await expect(a.page.locator("#operator-error")).toHaveText("Choose an operator from the list.");
    await expect(a.page.locator("#planType-error")).toHaveText("Choose prepaid or postpaid.");
    await expect(a.page.getByLabel("Phone number")).toHaveValue("123");
    await expect(a.page.getByLabel("Phone number")).toHaveAttribute("aria-invalid", "true");
    await expect(a.page.getByLabel("Contract end date")).toHaveValue("2027-03-31");
    await a.page.goto("/cases");
    await expect(a.page.getByText("You have no cases yet.")).toBeVisible();
  });
  await test.step("a case is opened and three items are ticked", async () => {
    caseUrl = await createCase(a.page, { operator: "a1", phone: "064 123 4567", plan: "Postpaid", endDate: "2027-03-31" });
    await a.page.goto(caseUrl);
    await expect(a.page.getByRole("heading", { level: 1 })).toHaveText("A1 Srbija · +381 64 1234567");
    await expect(a.page.getByText("31 March 2027")).toBeVisible();
    total = Number(
      (await a.page
        .getByText(/^0 of \d+ done$/)
        .first()
        .textContent())!.match(/of (\d+)/)![1],
    );

    // The items are ticked on their step's page (the case page lists the next step's only).
    await a.page.goto(`${caseUrl}/prepare`);
    // Capture the tick action as the browser sends it, to replay it as another user later.
    const actionRequest = a.page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
    for (const [key, name] of ticks) {
      await a.page.getByRole("checkbox", { name }).check();
      await expect(a.page.locator(`#item-${key}-status`)).toHaveText("Saved");
    }
    captured = await actionRequest;
    await a.page.goto(caseUrl);
    await expect(a.page.getByText(`3 of ${total} done`).first()).toBeVisible();
    await a.page.goto(`${caseUrl}/prepare`);
  });
  await test.step("a save that fails is rolled back and said, never silently lost", async () => {
    // A save that fails is rolled back and said, never silently lost.
    const isCasePage = (url: URL) => url.pathname === `${caseUrl}/prepare`;
    await a.page.route(isCasePage, (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
    const contacts = a.page.getByRole("checkbox", { name: /Back up contacts/ });
    // click, not check: the box may already be back to unticked when Playwright looks.
    await contacts.click();
    await expect(a.page.getByText(/Not saved: No connection to the server/)).toBeVisible();
    await expect(contacts).not.toBeChecked();
    await a.page.unroute(isCasePage);
  });
  await test.step("signed out, the case sends to sign-in", async () => {
    await a.page.getByRole("button", { name: "Sign out" }).click();
    await expect(a.page).toHaveURL(/\/$/);
    await a.page.goto(caseUrl);
    await expect(a.page).toHaveURL(/\/sign-in\?next=/);
    await a.context.close();
  });
  await test.step("resume in a fresh browser: everything as left", async () => {
    // Resume in a fresh browser: everything as left, Continue goes to the first open step.
    again = await newPage(browser);
    await again.page.goto("/cases");
    await signIn(again.page, email);
    await expect(again.page).toHaveURL((u) => u.pathname === "/cases");
    await expect(again.page.getByText(`3 of ${total} done`)).toBeVisible();
    await again.page.getByRole("link", { name: /^Continue/ }).click();
    await expect(again.page).toHaveURL(new RegExp(`${caseUrl}/eligibility$`));
    await again.page.goto(`${caseUrl}/prepare`);
    for (const [, name] of ticks) await expect(again.page.getByRole("checkbox", { name })).toBeChecked();
    await expect(again.page.getByRole("checkbox", { name: /Back up contacts/ })).not.toBeChecked();
  });
  await test.step("the summary PDF holds the case, its ticks and its timeline", async () => {
    const text = await pdfTextAt(again.context.request, `${caseUrl}/summary.pdf`);
    for (const expected of [
      "Odjava: case summary",
      "A1 Srbija",
      "+381 64 1234567",
      "Postpaid",
      "31 March 2027",
      `3 of ${total} done`,
      "Banks: SMS codes and card alerts moved",
      "Case opened",
      "060 1234",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.match(/Done on/g)?.length).toBe(3);
    expect(text.match(/Not done/g)?.length).toBe(total - 3);
  });
  await test.step("another user sees 404 everywhere and a replayed action changes nothing", async () => {
    // Another user: 404 on every page and file of the case, and the replayed action changes nothing.
    b = await personIn(browser, "intruder");
    for (const path of [caseUrl, `${caseUrl}/eligibility`, `${caseUrl}/submit`, `${caseUrl}/escalate`]) {
      const res = await b.page.goto(path);
      expect(res?.status(), path).toBe(404);
    }
    await expect(b.page.getByRole("heading", { name: "Not found" })).toBeVisible();
    for (const file of ["summary.pdf", "letter.pdf", "reminder.ics"]) {
      const res = await b.context.request.get(`${caseUrl}/${file}`);
      expect(res.status(), file).toBe(404);
      expect(res.headers()["content-type"]).toContain("text/plain");
    }

    const body = captured.postData() ?? "";
    expect(body).toContain("twofa-bank");
    const replay = await b.context.request.post(caseUrl, {
      headers: { "next-action": captured.headers()["next-action"]!, "content-type": captured.headers()["content-type"]!, accept: "text/x-component" },
      data: body.replace('"done":true', '"done":false'),
    });
    expect(await replay.text()).toContain("Case not found.");
    await again.page.reload();
    await expect(again.page.getByRole("checkbox", { name: ticks[0]![1] })).toBeChecked();
    await again.page.goto(caseUrl);
    await expect(again.page.getByText(`3 of ${total} done`)).toBeVisible();
  });
  await test.step("a signed-out visitor gets no file either", async () => {
    // A signed-out visitor gets no file either.
    const anon = await newPage(browser);
    for (const file of ["summary.pdf", "letter.pdf", "reminder.ics"]) {
      const res = await anon.context.request.get(`${caseUrl}/${file}`, { maxRedirects: 0 });
      expect(res.status()).toBe(303);
      expect(res.headers()["location"]).toContain("/sign-in?next=");
    }
    await anon.context.close();
  });
  await Promise.all([again.context.close(), b.context.close()]);
});

test("sign-up refuses a duplicate email and a short password, and keeps what was typed", async ({ browser }) => {
  const { email } = await createAccount("dup");

  const second = await newPage(browser);
  await asClient(second.page);
  await second.page.goto("/sign-up");
  await second.page.getByLabel("Email").fill(email.toUpperCase());
  await second.page.getByLabel("Password").fill("another long password");
  await second.page.getByRole("button", { name: "Sign up" }).click();
  await expect(second.page.locator("#email-error")).toHaveText(/already exists/);
  await expect(second.page.getByLabel("Email")).toHaveValue(email.toUpperCase());

  await second.page.getByLabel("Email").fill("not-an-email");
  await second.page.getByLabel("Password").fill("short");
  await second.page.getByRole("button", { name: "Sign up" }).click();
  await expect(second.page.locator("#email-error")).toHaveText(/valid email/);
  await expect(second.page.locator("#password-error")).toHaveText("Use at least 10 characters.");

  await second.page.goto("/sign-in");
  await signIn(second.page, email, "wrong password!");
  await expect(second.page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong email or password.");
  await second.context.close();
});

test("after five wrong passwords sign-in is refused for a while, even with the right one", async ({ browser }) => {
  const { email } = await createAccount("throttle");

  const { page, context } = await newPage(browser);
  await page.goto("/sign-in");
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong password ${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong email or password.");
    // React resets the form after each answer; type the next attempt only after that.
    await expect(page.getByLabel("Password")).toHaveValue("");
  }
  await signIn(page, email);
  await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText(/^Too many failed attempts\. Try again in 1[45] minutes\.$/);
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
});

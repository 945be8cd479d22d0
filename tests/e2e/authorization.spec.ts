import { type Page } from "@playwright/test";
import { test, expect, personIn } from "@/tests/support/fixtures";
import { query } from "@/tests/support/db";
import { APP_DIR, personUrls, routesUnder } from "@/tests/support/routes";
import { actionsInBuild, captureActions, createCase, newPage, postFormAction, signIn, signUp, uniqueEmail, PASSWORD } from "@/tests/support/ui";
import { linkIn, waitForMail, waitForMails } from "@/tests/support/mail";
import { cookieHeader, saveFacts } from "@/tests/support/wire";
import { addDays, todayInBelgrade } from "@/app/lib/calendar";
import { ANSWER_FIELDS, ANSWER_FORMS, ANSWER_FORM_NAMES, type AnswerField } from "@/app/lib/cases/fields";

// Every server action in the build and every page and route handler under app/cases and
// app/account, tried by another user and by a signed-out visitor against user A's case.
// The lists come from the build and the app directory, so a new route or action cannot
// skip this test: an action this test does not know how to reach fails it. A's case has
// an answer in every field (a marker in every free-text one, which must never reach B),
// and A gets 200 from every URL (the positive control: a 404 for B means something only
// because A's own request answers).

// Every answer form of A's case, saved with a value in each field: the first choice (a
// letter for the channel, so the case has every step), a past date, or a marker naming
// the field.
// An IBAN field's marker is an IBAN (2 letters, 2 digits, then letters and digits).
const marker = (field: string) => ("format" in ANSWER_FIELDS[field as AnswerField] ? `XX00MARKER${field.toUpperCase()}7F3A` : `MARKER-${field}-7f3a`);
function everyAnswer(form: (typeof ANSWER_FORM_NAMES)[number]): Record<string, string> {
  const fields = Object.keys(ANSWER_FORMS[form]) as AnswerField[];
  return Object.fromEntries(
    fields.map((f) => {
      const kind = ANSWER_FIELDS[f];
      return [
        f,
        f === "channel"
          ? "letter"
          : kind.kind === "choice"
            ? kind.values[0]!
            : kind.kind === "date"
              ? "2026-11-05"
              : kind.kind === "number"
                ? String(Math.min(kind.max, 17))
                : marker(f),
      ];
    }),
  );
}
const MARKERS = (Object.keys(ANSWER_FIELDS) as AnswerField[]).filter((f) => ANSWER_FIELDS[f].kind === "text").map(marker);

async function attachReceipt(page: Page, buffer: Buffer) {
  await page.getByLabel("Photo or scan", { exact: true }).setInputFiles({ name: "receipt.png", mimeType: "image/png", buffer });
  await page.getByRole("button", { name: "Attach file" }).click();
  await expect(page.locator("[role=status]", { hasText: "Attached." })).toBeVisible();
}

test("no other user and no visitor can read or change a case or an account, by any route or action", async ({ browser }) => {
  // User A with a case that has facts, ticks and a submission.
  // (B, below, signs up through the form: every action must be used, sign-up included.)
  const a = await personIn(browser, "owner");
  const emailA = a.email;
  // mts prepaid: its lapse rule is known, so with a last top-up every route has a file.
  const caseA = await createCase(a.page, { operator: "mts", phone: "065 111 2233", plan: "Prepaid" });
  const idA = caseA.split("/").pop()!;
  for (const form of ANSWER_FORM_NAMES) {
    const saved = await postFormAction(a.context.request, `${caseA}/contact`, "saveAnswersAction", [{ caseId: idA, form }], {
      ...everyAnswer(form),
      __base: "{}",
    });
    expect(await saved.text(), `A saves the ${form} form`).toMatch(/"ok":true/);
  }
  await a.page.goto(`${caseA}/submit`);
  await a.page.getByLabel("Date handed in or sent").fill("2026-11-05");
  await a.page.getByRole("button", { name: "Save submission" }).click();
  await expect(a.page.locator("form:has(#submission-submittedOn) [role=status]")).toHaveText("Saved");
  const receipt = await a.page.screenshot({ type: "png" });
  await attachReceipt(a.page, receipt);
  const evidenceA = (await query<{ id: string }>(`SELECT "id" FROM "Evidence" WHERE "caseId" = ?`, [idA]))[0]!.id;
  const exportA = async () => {
    const data = await (await a.context.request.get("/account/export.json")).json();
    delete data.exportedAt;
    return JSON.stringify(data);
  };
  const before = await exportA();

  // User B uses every action on their own things, and we keep each request as sent.
  const b = await newPage(browser);
  const actions = actionsInBuild();
  const captured = captureActions(b.page);
  const emailB = uniqueEmail("other");
  await signUp(b.page, emailB);
  // B asks for the confirmation link again, and confirms with it (reminders need that).
  await b.page.goto("/account");
  await b.page.getByRole("button", { name: "Send the link again" }).click();
  await expect(b.page.getByRole("status").filter({ hasText: "Sent." })).toBeVisible();
  await b.page.goto(linkIn((await waitForMails(emailB, 2))[1]!, "/email/verify"));
  await expect(b.page.getByRole("heading", { level: 1 })).toHaveText("Address confirmed");
  const caseB = await createCase(b.page, { operator: "mts", phone: "064 999 8877", plan: "Prepaid" });
  const idB = caseB.split("/").pop()!;
  await b.page.goto(`${caseB}/prepare`);
  await b.page.getByRole("checkbox").first().check();
  await expect(b.page.locator("[id$=-status]").first()).toHaveText("Saved");
  await b.page.goto(`${caseB}/confirm`);
  await b.page.getByLabel("Date the line was closed").fill("2026-11-20");
  await b.page.getByRole("button", { name: "Mark closed" }).click();
  await expect(b.page.locator("form:has(#closed-closedOn) [role=status]")).toHaveText("Saved");
  // A receipt attached and removed; then a second case, deleted.
  await b.page.goto(`${caseB}/submit`);
  await attachReceipt(b.page, receipt);
  const evidenceB = (await query<{ id: string }>(`SELECT "id" FROM "Evidence" WHERE "caseId" = ?`, [idB]))[0]!.id;
  await b.page.getByRole("button", { name: "Remove: receipt.png" }).click();
  await b.page.getByRole("button", { name: "Remove for good: receipt.png" }).click();
  await expect(b.page.getByText("Nothing attached yet.")).toBeVisible();
  // Another case of B's, submitted 20 days ago: its reminder's unsubscribe, then the settings.
  const caseB2 = await createCase(b.page, { operator: "a1", phone: "060 999 8877", plan: "Postpaid" });
  const submitted = await saveFacts(
    { origin: new URL(test.info().project.use.baseURL!).origin, cookie: await cookieHeader(b.context) },
    caseB2.split("/").pop()!,
    "submission",
    { submittedOn: addDays(todayInBelgrade(), -20), operatorReference: "" },
    {},
  );
  expect(submitted).toBe("saved");
  const reminder = await waitForMail(emailB, (m) => /^Still no answer/.test(m.subject ?? ""));
  await b.page.goto(/https?:\/\/\S+\/email\/unsubscribe\?\S+/.exec(reminder.text ?? "")![0]);
  await b.page.getByRole("button", { name: "Stop these mails" }).click();
  await expect(b.page.getByRole("status")).toHaveText(/^Done/);
  await b.page.goto("/account");
  await b.page.getByRole("checkbox", { name: "The day the minimum term ends" }).uncheck();
  await b.page.getByRole("button", { name: "Save mail settings" }).click();
  await expect(b.page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await b.page.goto(caseB);
  await b.page.getByLabel("Yes, delete this case and its files").check();
  await b.page.getByRole("button", { name: "Delete case" }).click();
  await expect(b.page).toHaveURL(/\/cases\?deleted=1$/);
  await b.page.getByRole("button", { name: "English" }).click();
  await b.page.goto("/account");
  await b.page.getByLabel("Current password").fill("not the password");
  await b.page.getByLabel("New password").fill("another long password");
  await b.page.getByRole("button", { name: "Change password" }).click();
  await expect(b.page.locator("#pw-currentPassword-error")).not.toBeEmpty();
  await b.page.locator("#pw-password").fill("not the password");
  await b.page.getByRole("button", { name: "Delete my account" }).click();
  await expect(b.page.locator("#pw-password-error")).not.toBeEmpty();
  // B's session, signed out from the list, then every session of B's, then the menu's sign-out.
  const sessionB = (await query<{ id: string }>(`SELECT "id" FROM "Session" WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = ?)`, [emailB]))[0]!.id;
  await b.page.getByRole("list", { name: "Signed-in devices" }).getByRole("button").click();
  await expect(b.page).toHaveURL(/\/$/);
  for (const end of ["Sign out everywhere", "Sign out"]) {
    await b.page.goto("/sign-in?next=/account");
    await signIn(b.page, emailB, PASSWORD);
    await expect(b.page).toHaveURL((u) => u.pathname === "/account");
    await b.page.getByRole("button", { name: end, exact: true }).click();
    await expect(b.page).not.toHaveURL((u) => u.pathname === "/account");
  }
  // Signed out, B forgets the password and sets it again from the mailed link (to the
  // same one); then tries a new address with a wrong password.
  await b.page.goto("/forgot-password");
  await b.page.locator("#pw-email").fill(emailB);
  await b.page.getByRole("button", { name: "Send me a link" }).click();
  await expect(b.page.getByRole("status")).not.toBeEmpty();
  const reset = await waitForMail(emailB, (m) => m.subject === "Reset your Odjava password");
  await b.page.goto(linkIn(reset, "/reset-password"));
  await b.page.locator("#pw-password").fill(PASSWORD);
  await b.page.getByRole("button", { name: "Save the new password" }).click();
  await expect(b.page).toHaveURL((u) => u.pathname === "/cases");
  await b.page.goto("/account");
  await b.page.locator("#new-email-email").fill(uniqueEmail("elsewhere"));
  await b.page.locator("#new-email-password").fill("not the password");
  await b.page.getByRole("button", { name: "Change address" }).click();
  await expect(b.page.locator("#new-email-password-error")).not.toBeEmpty();
  const sessionA = (await query<{ id: string }>(`SELECT "id" FROM "Session" WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = ?)`, [emailA]))[0]!.id;

  const missing = [...actions].filter(([id]) => !captured.has(id)).map(([, name]) => name);
  expect(missing, "actions this test never reached: teach it to use them").toEqual([]);

  // Replay each action as B and as a visitor, aimed at A's case.
  const anon = await newPage(browser);
  for (const [id, c] of captured) {
    const body = Buffer.from(c.body.toString("latin1").replaceAll(idB, idA).replaceAll(evidenceB, evidenceA).replaceAll(sessionB, sessionA), "latin1");
    for (const [who, ctx] of [
      ["other user", b.context],
      ["visitor", anon.context],
    ] as const) {
      // Their own session only: these act on no one else's data.
      if (who === "other user" && /#(signOutAction|signInAction|endAllSessionsAction)$/.test(c.name)) continue;
      if (c.name.endsWith("#signInAction")) continue;
      // Chromium does not hand the bytes of an uploaded file to Playwright, so the upload
      // is sent again as React sends it, aimed at A's case.
      const res = c.name.endsWith("#uploadEvidenceAction")
        ? await postFormAction(ctx.request, caseA, "uploadEvidenceAction", [{ caseId: idA, step: "submit" }], {
            file: { name: "receipt.png", mimeType: "image/png", buffer: receipt },
          })
        : await ctx.request.post(caseB.replace(idB, idA), {
            headers: { "next-action": id, "content-type": c.headers["content-type"]!, accept: "text/x-component" },
            data: body,
            maxRedirects: 0,
          });
      expect(res.status(), `${c.name} as ${who}`).toBeLessThan(500);
      const text = await res.text();
      if (/(cases|evidence)\/actions/.test(c.name) && !c.name.endsWith("#createCaseAction")) {
        expect(text, `${c.name} as ${who}`).toMatch(who === "visitor" ? /signed out|sign-in/ : /Case not found|File not found/);
      }
      for (const secret of ["+381651112233", ...MARKERS]) expect(text, `${c.name} as ${who}`).not.toContain(secret);
    }
  }

  // Pages and route handlers, found in the app directory.
  const routes = [...routesUnder(`${APP_DIR}/cases`), ...routesUnder(`${APP_DIR}/account`)];
  expect(routes).toEqual(expect.arrayContaining(["/cases", "/cases/[id]", "/cases/[id]/[step]", "/cases/[id]/summary.pdf", "/account/export.json"]));
  const urls = personUrls(idA, evidenceA);
  for (const url of urls) {
    const visitor = await anon.context.request.get(url, { maxRedirects: 0 });
    expect([303, 307], `${url} as visitor`).toContain(visitor.status());
    expect(visitor.headers()["location"], url).toContain("/sign-in?next=");

    const owner = await a.context.request.get(url, { maxRedirects: 0 });
    expect(owner.status(), `${url} as its owner (the control)`).toBe(200);

    const other = await b.context.request.get(url);
    const text = await other.text();
    if (url.includes(idA)) expect(other.status(), `${url} as other user`).toBe(404);
    else expect(other.status(), `${url} as other user`).toBe(200);
    for (const secret of ["+381 65 1112233", "+381651112233", emailA, ...MARKERS]) expect(text, `${url} as other user`).not.toContain(secret);
  }

  expect(await exportA(), "A's data after all of it").toBe(before);
  expect(await query(`SELECT "id" FROM "Session" WHERE "id" = ?`, [sessionA]), "A's session, which B aimed at").toHaveLength(1);
  const file = await a.context.request.get(`${caseA}/evidence/${evidenceA}`);
  expect((await file.body()).equals(receipt), "A's receipt, unchanged and still A's to open").toBe(true);
  await Promise.all([a.context.close(), b.context.close(), anon.context.close()]);
});

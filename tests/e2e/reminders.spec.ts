// Reminder mails end to end: the app's own sweep (every second in tests) sends to the
// run's SMTP server; two more app instances and a restart of both send nothing twice.
import { test, expect, createAccount, signInPage } from "@/tests/support/fixtures";
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import { createCase, newPage } from "@/tests/support/ui";
import { cookieHeader, saveFacts } from "@/tests/support/wire";
import { mailsTo, waitForMails } from "@/tests/support/mail";
import { freePort } from "@/tests/support/net.mjs";
import { addDays, todayInBelgrade } from "@/app/lib/calendar";

const PASSED = /^Still no answer from A1 Srbija about \+381 60 \d+ ?\d*\?$/;

// A confirmed account with a case whose request went in 20 days ago.
async function submittedLongAgo(browser: Parameters<typeof newPage>[0], baseURL: string, phone: string) {
  const { email } = await createAccount("reminded", undefined, true);
  const { context, page } = await newPage(browser);
  await signInPage(page, email);
  const caseUrl = await createCase(page, { operator: "a1", phone, plan: "Postpaid" });
  const caseId = caseUrl.split("/").pop()!;
  const session = { origin: new URL(baseURL).origin, cookie: await cookieHeader(context) };
  expect(await saveFacts(session, caseId, "submission", { submittedOn: addDays(todayInBelgrade(), -20), operatorReference: "" }, {})).toBe("saved");
  return { email, context, page, caseUrl };
}

test("a request submitted 20 days ago: one 'no answer yet' mail; its unsubscribe needs no sign-in and stops only that kind", async ({
  browser,
  baseURL,
  playwright,
}) => {
  const { email, context, page, caseUrl } = await submittedLongAgo(browser, baseURL!, "060 555 1234");
  const [mail] = await waitForMails(email);
  expect(mail!.subject).toMatch(PASSED);
  expect(mail!.text).toContain(`${caseUrl}/escalate`);
  // Sweeps go on every second: still one mail a few seconds later, and it is on the timeline.
  await page.waitForTimeout(3000);
  expect(await mailsTo(email)).toHaveLength(1);
  await page.goto(caseUrl);
  await expect(page.getByText("Reminder mailed: When the follow-up day has passed")).toBeVisible();

  // Signed out, from the mail's link: asked first, then stopped.
  const stranger = await newPage(browser);
  const link = /https?:\/\/\S+\/email\/unsubscribe\?\S+/.exec(mail!.text ?? "")![0];
  await stranger.page.goto(link);
  await expect(stranger.page.getByRole("heading", { level: 1 })).toHaveText("Stop these reminders?");
  await stranger.page.getByRole("button", { name: "Stop these mails" }).click();
  await expect(stranger.page.getByRole("status")).toHaveText(/^Done: no more mails of this kind/);
  // The one-click address of List-Unsubscribe, as a mail program posts it.
  const oneClick = (mail!.headerLines.find((h) => h.key === "list-unsubscribe")?.line ?? "").match(/<([^>]+)>/)![1]!;
  const request = await playwright.request.newContext();
  const posted = await request.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
  expect(posted.status()).toBe(200);
  const forged = await request.post(oneClick.replace(/k=follow-up-passed/, "k=lapse"), { form: { "List-Unsubscribe": "One-Click" } });
  expect(forged.status()).toBe(404);

  await page.goto("/account");
  await expect(page.getByRole("checkbox", { name: "When the follow-up day has passed" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "30 days before an unused prepaid number lapses" })).toBeChecked();
  await Promise.all([context.close(), stranger.context.close(), request.dispose()]);
});

// One more production server on the run's database, sweeping every half second.
async function instance(): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const log = openSync(".tmp/server-reminders.log", "a");
  const child = spawn("node", ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, ODJAVA_REMINDER_SWEEP_MS: "500" },
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/robots.txt`)).status < 500) return { child, port };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
}
const stop = (c: ChildProcess) => {
  process.kill(-c.pid!, "SIGKILL");
  return new Promise((resolve) => c.once("exit", resolve));
};

test("three app instances sweeping one database, then a restart of two: each reminder is mailed exactly once", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  let others = await Promise.all([instance(), instance()]);
  const people = [];
  for (let i = 0; i < 4; i++) people.push(await submittedLongAgo(browser, baseURL!, `060 555 20${i}${i}`));
  for (const p of people) await waitForMails(p.email);
  await Promise.all(others.map((o) => stop(o.child)));
  others = await Promise.all([instance(), instance()]);
  await new Promise((r) => setTimeout(r, 3000));
  await Promise.all(others.map((o) => stop(o.child)));
  for (const p of people) {
    const mails = await mailsTo(p.email);
    expect(
      mails.map((m) => m.subject),
      p.email,
    ).toHaveLength(1);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(1);
  }
  await Promise.all(people.map((p) => p.context.close()));
});

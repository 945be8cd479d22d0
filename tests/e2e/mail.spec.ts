// Mail through a real SMTP server (tests/support/mail-server.mjs): confirming an address,
// a forgotten password, a new address. Every mail is read back as a mail program would.
import { test, expect, createAccount, personIn } from "@/tests/support/fixtures";
import { asClient, newPage, signIn, signUpById, uniqueEmail, PASSWORD } from "@/tests/support/ui";
import { linkIn, mailsTo, waitForMails } from "@/tests/support/mail";
import { freePort } from "@/tests/support/net.mjs";
import { spawn } from "node:child_process";

test("sign-up sends a confirmation in the person's language; its link confirms the address once", async ({ browser }) => {
  const email = uniqueEmail("verify");
  const { context, page } = await newPage(browser, { locale: "zh-CN" });
  await signUpById(page, email);
  const [mail] = await waitForMails(email);
  expect(mail!.subject).toBe("请确认你在 Odjava 的电子邮箱地址");
  expect(mail!.html).toContain('lang="zh-Hans"');
  expect(mail!.html).not.toMatch(/<img|<script/i);
  await page.goto("/account");
  await expect(page.getByText(/尚未确认/)).toBeVisible();

  const link = linkIn(mail!, "/email/verify");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("地址已确认");
  await page.goto("/account");
  await expect(page.getByText(`${email} 已确认。`)).toBeVisible();
  // A second use changes nothing and says the link does not work.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("此链接无法使用");
  await context.close();
});

test("a forgotten password: the same answer for a known and an unknown address, one mail, a link that works once and signs the other browser out", async ({
  browser,
}) => {
  const known = await personIn(browser, "reset"); // signed in on another browser
  const unknown = uniqueEmail("nobody");
  const { context, page } = await newPage(browser);
  await asClient(page);
  const answers: string[] = [];
  for (const address of [known.email, unknown]) {
    await page.goto("/forgot-password");
    await page.locator("#pw-email").fill(address);
    await page.getByRole("button", { name: "Send me a link" }).click();
    const status = page.getByRole("status");
    await expect(status).not.toBeEmpty();
    answers.push(await status.innerText());
  }
  expect(answers[0]).toBe(answers[1]);
  const [mail] = await waitForMails(known.email);
  await new Promise((r) => setTimeout(r, 1000));
  expect(await mailsTo(unknown), "no mail to an address without an account").toHaveLength(0);
  expect(await mailsTo(known.email)).toHaveLength(1);
  expect(mail!.subject).toBe("Reset your Odjava password");

  const link = linkIn(mail!, "/reset-password");
  await page.goto(link);
  await page.locator("#pw-password").fill("a password from the reset");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL((u) => u.pathname === "/cases");
  // The other browser is out; the new password works; the link is used up.
  await known.page.goto("/cases");
  await expect(known.page).toHaveURL(/\/sign-in\?next=/);
  await signIn(known.page, known.email, "a password from the reset");
  await expect(known.page).toHaveURL((u) => u.pathname === "/cases");
  await page.goto(link);
  await expect(page.getByText(/This link has expired/)).toBeVisible();
  await expect(page.locator("#pw-password")).toHaveCount(0);
  // The person is told, in a second mail.
  const [, notice] = await waitForMails(known.email, 2);
  expect(notice!.subject).toBe("Your Odjava password was changed");
  await Promise.all([context.close(), known.context.close()]);
});

test("a new address needs the password, is confirmed by its own link, and the old address is told", async ({ person }) => {
  const next = uniqueEmail("moved");
  await person.page.goto("/account");
  await person.page.locator("#new-email-email").fill(next);
  await person.page.locator("#new-email-password").fill("not my password");
  await person.page.getByRole("button", { name: "Change address" }).click();
  await expect(person.page.locator("#new-email-password-error")).toHaveText("That is not your current password.");
  await expect(person.page.locator("#new-email-email")).toHaveValue(next);
  await person.page.locator("#new-email-password").fill(PASSWORD);
  await person.page.getByRole("button", { name: "Change address" }).click();
  await expect(person.page.getByText("Address changed.", { exact: false })).toBeVisible();
  const [confirm] = await waitForMails(next);
  expect(confirm!.subject).toBe("Confirm your e-mail address for Odjava");
  const [told] = await waitForMails(person.email);
  expect(told!.subject).toBe("Your Odjava account has a new e-mail address");
  expect(told!.text).toContain(next);
  await person.page.goto(linkIn(confirm!, "/email/verify"));
  await person.page.goto("/account");
  await expect(person.page.getByText(`${next} is confirmed.`)).toBeVisible();
});

test("an unknown, forged or malformed link changes nothing and says so", async ({ page }) => {
  for (const token of ["", "x", "A".repeat(43), "%00", "<script>"]) {
    await page.goto(`/email/verify?token=${encodeURIComponent(token)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
    await page.goto(`/reset-password?token=${encodeURIComponent(token)}`);
    await expect(page.getByText(/This link has expired/)).toBeVisible();
  }
  const { email } = await createAccount("nolink");
  expect(await mailsTo(email)).toHaveLength(0);
});

test("a malformed SMTP_URL stops the app at start with a clear message that does not show the password", async () => {
  const port = await freePort();
  const child = spawn("node", ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, SMTP_URL: "smtp//user:hunter2@mail.example.rs" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code).toBe(1);
  expect(output).toContain("SMTP_URL is not a URL; write it as smtp://user:password@host:587");
  expect(output).not.toContain("hunter2");
});

// Sign-in and sign-up limits as an attacker meets them: over HTTP against the real server,
// which trusts one proxy hop in tests (tests/support/e2e-env.mjs), so the last
// X-Forwarded-For entry is the client's address and anything before it is the client's
// own writing.
import { test, expect } from "@/tests/support/fixtures";
import { createAccount, signInPage } from "@/tests/support/fixtures";
import { asClient, newPage, postFormAction, testAddress, uniqueEmail, PASSWORD } from "@/tests/support/ui";

const WRONG = /Wrong email or password\./;
const TOO_MANY = /Too many failed attempts/;

function attempt(request: Parameters<typeof postFormAction>[0], email: string, password: string, client: string) {
  return postFormAction(request, "/sign-in", "signInAction", [], { email, password, next: "/cases" }, { "x-forwarded-for": client });
}

test("50 wrong passwords at once for one account: at most five are checked, the rest are refused", async ({ playwright }) => {
  const { email } = await createAccount("burst");
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const client = testAddress();
  const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(request, email, `wrong password ${i}`, client).then((r) => r.text())));
  const checked = answers.filter((a) => WRONG.test(a)).length;
  const refused = answers.filter((a) => TOO_MANY.test(a)).length;
  console.log(`burst: 50 sent, ${checked} checked, ${refused} refused`);
  expect(checked).toBeLessThanOrEqual(5);
  expect(checked + refused).toBe(50);
  await request.dispose();
});

test("rotating X-Forwarded-For does not make room: 30 failed sign-ins from one address, then it is stopped", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const client = testAddress();
  let refusedAt = 0;
  for (let i = 1; i <= 32 && !refusedAt; i++) {
    // Each try names another account and puts a fresh forged address in front.
    const text = await (await attempt(request, uniqueEmail("stuffing"), "some guessed password", `${testAddress()}, ${client}`)).text();
    if (TOO_MANY.test(text)) refusedAt = i;
    else expect(text).toMatch(WRONG);
  }
  expect(refusedAt, "the 31st attempt is refused").toBe(31);
  await request.dispose();
});

test("no targeted lockout: after a stranger's wrong guesses the owner's own browser signs in at once", async ({ browser, playwright }) => {
  const { email } = await createAccount("owner");
  // The owner's phone has signed in before (and keeps its device cookie), then signed out.
  const owner = await newPage(browser);
  await asClient(owner.page);
  await signInPage(owner.page, email);
  await owner.page.getByRole("button", { name: "Sign out" }).click();
  await expect(owner.page).toHaveURL((u) => u.pathname === "/");

  const stranger = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const from = testAddress();
  for (let i = 0; i < 6; i++) await attempt(stranger, email, `guess number ${i}`, from);
  expect(await (await attempt(stranger, email, PASSWORD, from)).text(), "the stranger's address is stopped, right password or not").toMatch(TOO_MANY);

  await signInPage(owner.page, email);
  // A browser that never signed in to the account, from another address, is slowed by
  // seconds, never locked out: at worst it is told to wait a moment, and then it is in.
  const fresh = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const address = testAddress();
  let res = await attempt(fresh, email, PASSWORD, address);
  const wait = /Try again in (\d+) seconds?\./.exec(await res.text());
  if (wait) {
    await new Promise((r) => setTimeout(r, Number(wait[1]) * 1000 + 200));
    res = await attempt(fresh, email, PASSWORD, address);
  }
  expect(new URL(res.headers()["x-action-redirect"] ?? "", "http://x").pathname).toMatch(/^\/cases(;push)?$/);
  await Promise.all([owner.context.close(), fresh.dispose(), stranger.dispose()]);
});

test("sign-up is limited per address: the 11th in an hour is refused, and says when to try again", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const client = testAddress();
  const answers: string[] = [];
  for (let i = 0; i < 11; i++) {
    const res = await postFormAction(
      request,
      "/sign-up",
      "signUpAction",
      [],
      { email: uniqueEmail("signups"), password: PASSWORD, next: "/cases" },
      { "x-forwarded-for": client },
    );
    answers.push(`${res.status()} ${res.headers()["x-action-redirect"] ?? ""} ${(await res.text()).slice(0, 300)}`);
  }
  expect(
    answers.slice(0, 10).every((a) => /\/cases/.test(a)),
    answers.join("\n"),
  ).toBe(true);
  expect(answers[10]).toMatch(/Too many new accounts from this network\. Try again in \d+ minutes\./);
  await request.dispose();
});

test("password re-checks are limited: after five wrong current passwords even the right one must wait", async ({ person }) => {
  const change = (currentPassword: string) =>
    postFormAction(person.context.request, "/account", "changePasswordAction", [], { currentPassword, newPassword: "a brand new password" }).then((r) =>
      r.text(),
    );
  for (let i = 0; i < 5; i++) expect(await change(`not it ${i}`)).toMatch(/That is not your current password\./);
  expect(await change(PASSWORD)).toMatch(/Too many failed attempts\. Try again in 1[45] minutes\./);
  // The same limit guards deleting the account.
  const remove = await postFormAction(person.context.request, "/account", "deleteAccountAction", [], { password: PASSWORD });
  expect(await remove.text()).toMatch(/Too many failed attempts/);
});

// Sessions that end: a copy of a browser's cookies, replayed after its session was ended
// in any of the five ways, gets the sign-in page from a page, a route handler and an
// action alike; and the account page lists the sessions.
import { test, expect, personIn, type Person } from "@/tests/support/fixtures";
import { createCase, postJsonAction, PASSWORD } from "@/tests/support/ui";
import { personUrls } from "@/tests/support/routes";
import type { Browser, PlaywrightWorkerArgs } from "@playwright/test";

type Playwright = PlaywrightWorkerArgs["playwright"];

type Cookies = Awaited<ReturnType<Person["context"]["storageState"]>>;

// Replays `state` (a browser's cookies) against every page and route handler of a
// signed-in person, and an action.
async function expectSignedOut(playwright: Playwright, state: Cookies, caseUrl: string) {
  const replay = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: state });
  const caseId = caseUrl.split("/").pop()!;
  for (const url of personUrls(caseId, "cnoreceipt0")) {
    const res = await replay.get(url, { maxRedirects: 0 });
    expect([303, 307], url).toContain(res.status());
    expect(res.headers()["location"], url).toMatch(/\/sign-in\?next=/);
  }
  const action = await postJsonAction(replay, `${caseUrl}/prepare`, "toggleItemAction", [{ caseId, key: "twofa-bank", done: true }]);
  expect(await action.text(), "an action").toMatch(/You are signed out/);
  await replay.dispose();
}

async function twoDevices(browser: Browser, tag: string) {
  const phone = await personIn(browser, tag, {
    userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  });
  const caseUrl = await createCase(phone.page, { operator: "a1", phone: "060 123 4567", plan: "Postpaid" });
  const laptop = await browser.newContext({ userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" });
  const laptopPage = await laptop.newPage();
  await laptopPage.goto("/sign-in?next=/account");
  await laptopPage.getByLabel("Email").fill(phone.email);
  await laptopPage.getByLabel("Password").fill(PASSWORD);
  await laptopPage.getByRole("button", { name: "Sign in" }).click();
  await expect(laptopPage).toHaveURL((u) => u.pathname === "/account");
  return { phone, caseUrl, laptop: { context: laptop, page: laptopPage } };
}

test("signing out ends the session itself, not only the cookie", async ({ person, playwright }) => {
  const caseUrl = await createCase(person.page, { operator: "mts", phone: "064 123 4567", plan: "Prepaid" });
  const copy = await person.context.storageState();
  await person.page.getByRole("button", { name: "Sign out" }).click();
  await expect(person.page).toHaveURL((u) => u.pathname === "/");
  await expectSignedOut(playwright, copy, caseUrl);
});

test("the account page lists each device; signing one out from another ends it", async ({ browser, playwright }) => {
  const { phone, caseUrl, laptop } = await twoDevices(browser, "list");
  const list = laptop.page.getByRole("list", { name: "Signed-in devices" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").filter({ hasText: "This device" })).toContainText("Firefox · Linux");
  await expect(list.getByRole("listitem").filter({ hasText: "Chrome · Android" })).toContainText(/Last used/);
  const copy = await phone.context.storageState();
  await list.getByRole("button", { name: "Sign out Chrome · Android" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expectSignedOut(playwright, copy, caseUrl);
  // The laptop itself is still in.
  await laptop.page.goto(caseUrl);
  await expect(laptop.page).toHaveURL((u) => u.pathname === caseUrl);
  await Promise.all([phone.context.close(), laptop.context.close()]);
});

test("sign out everywhere ends every session, this one too", async ({ browser, playwright }) => {
  const { phone, caseUrl, laptop } = await twoDevices(browser, "everywhere");
  const [phoneCopy, laptopCopy] = [await phone.context.storageState(), await laptop.context.storageState()];
  await laptop.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop.page).toHaveURL((u) => u.pathname === "/sign-in");
  await expectSignedOut(playwright, phoneCopy, caseUrl);
  await expectSignedOut(playwright, laptopCopy, caseUrl);
  await Promise.all([phone.context.close(), laptop.context.close()]);
});

test("a password change ends the other sessions; this one stays", async ({ browser, playwright }) => {
  const { phone, caseUrl, laptop } = await twoDevices(browser, "password");
  const copy = await phone.context.storageState();
  await laptop.page.getByLabel("Current password").fill(PASSWORD);
  await laptop.page.getByLabel("New password").fill("a brand new password");
  await laptop.page.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.page.getByText("Password changed. Other devices are signed out.")).toBeVisible();
  await expect(laptop.page.getByRole("list", { name: "Signed-in devices" }).getByRole("listitem")).toHaveCount(1);
  await expectSignedOut(playwright, copy, caseUrl);
  await Promise.all([phone.context.close(), laptop.context.close()]);
});

test("deleting the account ends every session", async ({ browser, playwright }) => {
  const { phone, caseUrl, laptop } = await twoDevices(browser, "deleted");
  const copy = await phone.context.storageState();
  await laptop.page.locator("#pw-password").fill(PASSWORD);
  await laptop.page.getByRole("button", { name: "Delete my account" }).click();
  await expect(laptop.page).toHaveURL((u) => u.pathname === "/");
  await expectSignedOut(playwright, copy, caseUrl);
  await Promise.all([phone.context.close(), laptop.context.close()]);
});

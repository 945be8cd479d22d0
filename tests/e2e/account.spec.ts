import { test, expect } from "@playwright/test";
import { createCase, newPage, signIn, signUp, tickAll, uniqueEmail, PASSWORD } from "@/tests/support/ui";
import { AFTERLIFE_KEYS } from "@/app/lib/playbook/afterlife";

test("changing the password signs out the other devices; export holds everything; deleting leaves nothing", async ({ browser }) => {
  const email = uniqueEmail("account");
  const phone = await newPage(browser);
  await signUp(phone.page, email);
  const caseUrl = await createCase(phone.page, { operator: "mts", phone: "064 222 3333", plan: "Postpaid", endDate: "2027-01-31" });
  await phone.page.goto(`${caseUrl}/prepare`);
  await tickAll(phone.page);

  // A second device, signed in too.
  const laptop = await newPage(browser);
  await laptop.page.goto("/sign-in?next=/cases");
  await signIn(laptop.page, email);
  await expect(laptop.page).toHaveURL((u) => u.pathname === "/cases");

  // Export from the phone: the case, its ticks and timeline; no password hash.
  await phone.page.goto("/account");
  const exported = await phone.context.request.get("/account/export.json");
  expect(exported.headers()["content-type"]).toContain("application/json");
  const data = await exported.json();
  expect(data.account.email).toBe(email);
  expect(data.cases).toHaveLength(1);
  expect(data.cases[0].phoneE164).toBe("+381642223333");
  // The prepare step's ticks: the number's afterlife, contacts saved, keep-or-give-up decided.
  expect(data.cases[0].items.filter((i: { done: boolean }) => i.done)).toHaveLength(AFTERLIFE_KEYS.length + 2);
  expect(data.cases[0].events[0].type).toBe("case_created");
  expect(JSON.stringify(data)).not.toMatch(/argon2|passwordHash|sessionVersion/);

  // Wrong current password: refused, nothing changes.
  await phone.page.getByLabel("Current password").fill("not my password");
  await phone.page.getByLabel("New password").fill("a brand new password");
  await phone.page.getByRole("button", { name: "Change password" }).click();
  await expect(phone.page.locator("#pw-currentPassword-error")).toHaveText("That is not your current password.");
  await laptop.page.reload();
  await expect(laptop.page).toHaveURL((u) => u.pathname === "/cases");

  await phone.page.getByLabel("Current password").fill(PASSWORD);
  await phone.page.getByLabel("New password").fill("a brand new password");
  await phone.page.getByRole("button", { name: "Change password" }).click();
  await expect(phone.page.getByText("Password changed. Other devices are signed out.")).toBeVisible();
  // This device stays in; the other is out.
  await phone.page.goto("/cases");
  await expect(phone.page).toHaveURL((u) => u.pathname === "/cases");
  await laptop.page.goto("/cases");
  await expect(laptop.page).toHaveURL(/\/sign-in\?next=/);
  await laptop.context.close();

  // Delete: wrong password refused; right one removes the account and its case.
  await phone.page.goto("/account");
  await phone.page.locator("#pw-password").fill("wrong");
  await phone.page.getByRole("button", { name: "Delete my account" }).click();
  await expect(phone.page.locator("#pw-password-error")).toHaveText("That is not your current password.");
  await phone.page.locator("#pw-password").fill("a brand new password");
  await phone.page.getByRole("button", { name: "Delete my account" }).click();
  await expect(phone.page).toHaveURL(/\/$/);
  await expect(phone.page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await phone.context.close();

  const after = await newPage(browser);
  await after.page.goto("/sign-in");
  await signIn(after.page, email, "a brand new password");
  await expect(after.page.getByRole("alert").filter({ hasText: "Wrong" })).toBeVisible();
  await signUp(after.page, email); // the address is free again: the old account is gone
  expect((await after.page.goto(caseUrl))?.status()).toBe(404);
  await after.context.close();
});

// Playwright fixtures for the specs that need a person but do not test signing up:
//   person     a fresh account, made in the database (argon2 hash, as the app stores it)
//              and signed in through the real sign-in form, in a context of its own;
//   newPerson  the same, for a test that needs more than one account;
// and, for every worker, the test database connections closed at the end.
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { closeDb, insertUser } from "./db";
import { PASSWORD, signIn, uniqueEmail } from "./ui";

export type Person = { email: string; password: string; context: BrowserContext; page: Page };

// An account with nothing in it yet, as the sign-up form would leave it.
export async function createAccount(tag: string, password = PASSWORD, verified = false): Promise<{ email: string; password: string }> {
  const email = uniqueEmail(tag);
  await insertUser(email, await hash(password), verified);
  return { email, password };
}

// Signs `email` in through the sign-in form of the site at baseURL (default: the test server).
export async function signInPage(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in?next=/cases");
  await signIn(page, email, password);
  // The path, not the whole URL: "/sign-in?next=/cases" itself ends in "/cases".
  await expect(page).toHaveURL((u) => u.pathname === "/cases");
}

export async function personIn(browser: Browser, tag: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<Person> {
  const account = await createAccount(tag);
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signInPage(page, account.email, account.password);
  return { ...account, context, page };
}

export const test = base.extend<{ person: Person; newPerson: (tag: string) => Promise<Person> }, { dbConnections: void }>({
  person: async ({ browser }, use, testInfo) => {
    const p = await personIn(
      browser,
      testInfo.title
        .slice(0, 12)
        .replace(/[^a-z0-9]+/gi, "-")
        .toLowerCase() || "person",
    );
    await use(p);
    await p.context.close();
  },
  newPerson: async ({ browser }, use) => {
    const made: Person[] = [];
    await use(async (tag) => {
      const p = await personIn(browser, tag);
      made.push(p);
      return p;
    });
    await Promise.all(made.map((p) => p.context.close()));
  },
  dbConnections: [
    async ({}, use) => {
      await use();
      await closeDb();
    },
    { scope: "worker", auto: true },
  ],
});

export { expect };

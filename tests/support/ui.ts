import { expect, type APIRequestContext, type Browser, type BrowserContextOptions, type Page, type Request } from "@playwright/test";
import { actionId, actionsInBuild } from "./actions.mjs";

export { pdfText } from "./pdf";
import { pdfText } from "./pdf";
export { actionId, actionsInBuild };

export const PASSWORD = "correct horse battery";

export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

// A client address of its own for this page's requests (the test server trusts one proxy
// hop, tests/support/e2e-env.mjs): sign-ups are limited per address, and one test's
// attempts must not use up another's.
export async function asClient(page: Page, address = testAddress()) {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  return address;
}

// An address from 198.18.0.0/15, the range kept for tests (RFC 2544).
export function testAddress(): string {
  const n = Math.floor(Math.random() * 2 ** 17);
  return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
}

export async function signUp(page: Page, email: string, password = PASSWORD) {
  await asClient(page);
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL((u) => u.pathname === "/cases");
}

// Signs up through the form by its fields' ids, so it works in any language.
export async function signUpById(page: Page, email: string, password = PASSWORD) {
  await asClient(page);
  await page.goto("/sign-up");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL((u) => u.pathname === "/cases");
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function newPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  return { context, page: await context.newPage() };
}

export async function createCase(page: Page, o: { operator: string; phone: string; plan: "Prepaid" | "Postpaid"; endDate?: string }) {
  await page.goto("/cases/new");
  await page.getByLabel("Operator").selectOption(o.operator);
  await page.getByLabel("Phone number").fill(o.phone);
  await page.getByLabel(new RegExp(`^${o.plan} \\(`)).check();
  if (o.endDate) await page.getByLabel("Contract end date").fill(o.endDate);
  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page).toHaveURL(/\/cases\/[a-z0-9]+\/eligibility$/);
  return new URL(page.url()).pathname.replace(/\/eligibility$/, "");
}

// Ticks every box on the page that is not ticked yet, waiting for each to be saved.
export async function tickAll(page: Page) {
  const boxes = page.getByRole("checkbox");
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    if (await box.isChecked()) continue;
    const id = await box.getAttribute("id");
    await box.check();
    await expect(page.locator(`#${id}-status`)).toHaveText("Saved");
  }
}

// Picks a radio button inside the group (fieldset) named `group`.
export async function choose(page: Page, group: RegExp | string, option: string) {
  await page.getByRole("group", { name: group }).getByLabel(option, { exact: true }).check();
}

export async function saveForm(page: Page, button: string) {
  const form = page.locator("form", { has: page.getByRole("button", { name: button, exact: true }) });
  await form.getByRole("button", { name: button, exact: true }).click();
  await expect(form.getByText("Saved", { exact: true })).toBeVisible();
}

export type CapturedAction = { name: string; headers: Record<string, string>; body: Buffer };

// Keeps the first request the page sends to each server action, as sent, to replay it.
export function captureActions(page: Page): Map<string, CapturedAction> {
  const actions = actionsInBuild();
  const captured = new Map<string, CapturedAction>();
  page.on("request", (r: Request) => {
    const id = r.headers()["next-action"];
    if (r.method() === "POST" && id && actions.has(id) && !captured.has(id)) {
      captured.set(id, { name: actions.get(id)!, headers: r.headers(), body: r.postDataBuffer() ?? Buffer.alloc(0) });
    }
  });
  return captured;
}

export type ActionField = string | { name: string; mimeType: string; buffer: Buffer };

// Calls a form action over HTTP as React sends it, without the page's own checks: the
// form's fields prefixed "_1_", then field 0, which lists the bound arguments, the
// previous state and "$K1" (the form data). Order matters: the server resolves "$K1"
// when field 0 arrives, so a field sent after it is not seen (as in a browser, 0 is last).
export function actionForm(args: unknown[], fields: Record<string, ActionField>, previous: unknown[] = [{ ok: false }]): FormData {
  const form = new FormData();
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(`_1_${field}`, value);
    else form.append(`_1_${field}`, new Blob([new Uint8Array(value.buffer)], { type: value.mimeType }), value.name);
  }
  form.append("0", JSON.stringify([...args, ...previous, "$K1"]));
  return form;
}

export async function postFormAction(
  request: APIRequestContext,
  path: string,
  name: string,
  args: unknown[],
  fields: Record<string, ActionField>,
  headers: Record<string, string> = {},
) {
  return request.post(path, {
    headers: { "next-action": actionId(name), accept: "text/x-component", ...headers },
    multipart: actionForm(args, fields),
    maxRedirects: 0,
  });
}

// Calls an action that takes JSON arguments (not a form).
export async function postJsonAction(request: APIRequestContext, path: string, name: string, args: unknown[]) {
  return request.post(path, {
    headers: { "next-action": actionId(name), accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

// A PDF route's text, after checking that it answered with a PDF.
export async function pdfTextAt(request: APIRequestContext, url: string): Promise<string> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()["content-type"], url).toBe("application/pdf");
  return pdfText(await res.body());
}

// The submit button of the form holding the field with this id (works in any language).
export function submitOf(page: Page, fieldId: string) {
  return page.locator(`form:has(#${fieldId}) button[type=submit]`);
}

// An A1 postpaid case sent by letter, made through the forms by their fields' ids (any
// language); its path.
export async function letterCaseById(page: Page): Promise<string> {
  await page.goto("/cases/new");
  await page.locator("#operator").selectOption("a1");
  await page.locator("#phone").fill("060 123 4567");
  await page.locator("input[name=planType][value=postpaid]").check();
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/eligibility$/);
  const caseUrl = new URL(page.url()).pathname.replace(/\/eligibility$/, "");
  await page.goto(`${caseUrl}/contact`);
  await page.locator("#channel-channel-letter").check();
  await submitOf(page, "channel-channel-letter").click();
  // The form's status fills only when the server has saved the channel ("Saved" in the
  // page's language); the caller opens another step next, which must see it.
  await expect(page.locator("form:has(#channel-channel-letter) [role=status]")).not.toBeEmpty();
  return caseUrl;
}

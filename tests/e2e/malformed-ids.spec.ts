import { readdirSync } from "node:fs";
import path from "node:path";
import { test, expect } from "@/tests/support/fixtures";
import { createCase } from "@/tests/support/ui";
import { APP_DIR } from "@/tests/support/routes";

// A record id in a URL that no record can have (a NUL byte, which PostgreSQL refuses in
// text; an id longer than any we make; letters outside [a-z0-9]) is the same 404 as an
// id that names nothing, never a server error, on SQLite and PostgreSQL alike. The
// routes are read from the app directory, so a new one is tried too.

const STEPS = ["eligibility", "prepare", "contact", "submit", "wait", "confirm", "escalate"];

function caseRoutes(): string[] {
  return readdirSync(`${APP_DIR}/cases`, { recursive: true })
    .map(String)
    .filter((entry) => /(^|\/)(page\.tsx|route\.ts)$/.test(entry))
    .map((entry) => `/cases/${path.dirname(entry)}`.replace(/\/\.$/, ""))
    .filter((route) => route.includes("[id]"));
}

test("every case page and route handler answers 404 to an id with a NUL byte or one too long", async ({ person }) => {
  const caseUrl = await createCase(person.page, { operator: "mts", phone: "064 321 9876", plan: "Prepaid" });
  const routes = caseRoutes();
  expect(routes).toEqual(expect.arrayContaining(["/cases/[id]", "/cases/[id]/[step]", "/cases/[id]/letter.pdf", "/cases/[id]/evidence/[evidenceId]"]));
  const ownId = caseUrl.split("/").pop()!;
  const bad = ["%00", "a%00b", "x".repeat(65), "%C3%BC", "%F0%9F%98%80", "ABC"];
  const urls: string[] = [];
  for (const route of routes) {
    const steps = route.includes("[step]") ? STEPS : [""];
    for (const step of steps) {
      const at = (id: string, evidenceId = "zzz") => route.replace("[id]", id).replace("[step]", step).replace("[evidenceId]", evidenceId);
      for (const id of bad) urls.push(at(id));
      // The case is real; only the receipt's id is malformed.
      if (route.includes("[evidenceId]")) for (const id of bad) urls.push(at(ownId, id));
    }
  }
  for (const url of urls) {
    const res = await person.context.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(404);
  }
  // The page a person would see: the ordinary "not found" page.
  await person.page.goto("/cases/%00/prepare");
  await expect(person.page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the image optimizer is switched off: /_next/image answers 404", async ({ request }) => {
  for (const url of ["/_next/image?url=%2Frobots.txt&w=64&q=75", "/_next/image?url=https%3A%2F%2Fexample.com%2Fa.png&w=64&q=75"]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});

import { test, expect } from "@/tests/support/fixtures";
import { createCase, newPage, postFormAction, signUp, uniqueEmail } from "@/tests/support/ui";
import { cookieHeader, saveFacts } from "@/tests/support/wire";
import { query } from "@/tests/support/db";
import { routeHandlersUnder } from "@/tests/support/routes";
import { addDays, todayInBelgrade } from "@/app/lib/calendar";

// Checked on the production build that `npm test` starts.
test("security headers on pages, files and actions; the session cookie is HttpOnly, SameSite=Lax and Secure", async ({ browser, request }) => {
  for (const path of ["/", "/sign-in", "/cases", "/robots.txt"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["strict-transport-security"], path).toContain("max-age=");
    if (path !== "/robots.txt") {
      const csp = h["content-security-policy"] ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
      expect(csp, path).not.toContain("unsafe-eval");
      expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain("unsafe-inline");
    }
  }

  // Every script the server sends carries this response's nonce ('strict-dynamic' then
  // trusts what those load).
  const html = await request.get("/sign-up");
  const nonce = html.headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1]!;
  const tags = (await html.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);

  const { page, context } = await newPage(browser);
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await signUp(page, uniqueEmail("headers"));
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);

  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.includes("authjs.session-token"));
  expect(session?.name).toBe("__Secure-authjs.session-token");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(session?.secure, "Secure in production, even over plain HTTP behind a proxy").toBe(true);
  expect(
    cookies.filter((c) => c.name.startsWith("authjs.")),
    "no unprefixed Auth.js cookie",
  ).toEqual([]);
  await context.close();
});

// Every route handler in the app, answering its owner with the file (200), not a 404:
// one prepaid Yettel case with a last top-up (lapse.ics), a submission (reminder.ics), a
// closing date (bill-checks.ics) and a receipt. A new route under app/ fails this test
// until it is listed here.
test("every route handler's file carries nosniff, no-store and a CSP; the receipt's CSP is its sandbox", async ({ person, baseURL }) => {
  const { page, context } = person;
  const caseUrl = await createCase(page, { operator: "yettel", phone: "063 444 5566", plan: "Prepaid" });
  const caseId = caseUrl.split("/").pop()!;
  const session = { origin: new URL(baseURL!).origin, cookie: await cookieHeader(context) };
  const today = todayInBelgrade();
  expect(await saveFacts(session, caseId, "topUp", { lastTopUp: addDays(today, -10) }, {})).toBe("saved");
  expect(await saveFacts(session, caseId, "submission", { submittedOn: addDays(today, -5), operatorReference: "" }, {})).toBe("saved");
  expect(await saveFacts(session, caseId, "closed", { closedOn: addDays(today, -1) }, {})).toBe("saved");
  const photo = await page.screenshot({ type: "jpeg" });
  const upload = await postFormAction(context.request, `${caseUrl}/submit`, "uploadEvidenceAction", [{ caseId, step: "submit" }], {
    file: { name: "receipt.jpg", mimeType: "image/jpeg", buffer: photo },
  });
  expect(await upload.text()).toContain('"ok":true');
  const [receipt] = await query<{ id: string }>(`SELECT "id" FROM "Evidence" WHERE "caseId" = ?`, [caseId]);

  const urls: Record<string, string> = {
    "/account/export.json": "/account/export.json",
    "/cases/[id]/bill-checks.ics": `${caseUrl}/bill-checks.ics`,
    "/cases/[id]/evidence/[evidenceId]": `${caseUrl}/evidence/${receipt!.id}`,
    "/cases/[id]/evidence/[evidenceId]/preview": `${caseUrl}/evidence/${receipt!.id}/preview`,
    "/cases/[id]/lapse.ics": `${caseUrl}/lapse.ics`,
    "/cases/[id]/letter.pdf": `${caseUrl}/letter.pdf`,
    "/cases/[id]/power-of-attorney.pdf": `${caseUrl}/power-of-attorney.pdf`,
    "/cases/[id]/reminder.ics": `${caseUrl}/reminder.ics`,
    "/cases/[id]/shop-sheet.pdf": `${caseUrl}/shop-sheet.pdf`,
    "/cases/[id]/summary.pdf": `${caseUrl}/summary.pdf`,
  };
  // The route handlers that are not files: the link in a confirmation mail (a redirect to
  // a page) and the one-click unsubscribe a mail program posts to (here with a link that
  // does not hold).
  const redirects: Record<string, string> = { "/email/verify": "/email/verify?token=not-a-token" };
  const posts: Record<string, string> = { "/email/unsubscribe/one-click": "/email/unsubscribe/one-click?u=x&k=lapse&s=forged" };
  expect([...Object.keys(urls), ...Object.keys(redirects), ...Object.keys(posts)].sort(), "a route handler this test does not fetch: add it").toEqual(
    routeHandlersUnder("app").sort(),
  );
  for (const [route, url] of Object.entries(posts)) {
    const res = await context.request.post(url, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(res.status(), route).toBe(404);
    expect(res.headers()["x-content-type-options"], route).toBe("nosniff");
    expect(res.headers()["content-security-policy"] ?? "", route).toContain("frame-ancestors 'none'");
  }
  for (const [route, url] of Object.entries(redirects)) {
    const res = await context.request.get(url, { maxRedirects: 0 });
    expect(res.status(), route).toBe(303);
    expect(res.headers()["x-content-type-options"], route).toBe("nosniff");
    expect(res.headers()["content-security-policy"] ?? "", route).toContain("frame-ancestors 'none'");
  }

  for (const [route, url] of Object.entries(urls)) {
    const res = await context.request.get(url, { maxRedirects: 0 });
    const h = res.headers();
    expect(res.status(), route).toBe(200);
    expect(h["x-content-type-options"], route).toBe("nosniff");
    expect(h["cache-control"], route).toContain("no-store");
    const csp = h["content-security-policy"] ?? "";
    if (route.startsWith("/cases/[id]/evidence/[evidenceId]")) {
      // A receipt runs nothing, even opened on its own: no script, no plugin, no form.
      expect(csp.split(/;\s*/), route).toContain("sandbox");
      expect(csp, route).toContain("default-src 'none'");
      expect(csp, route).not.toContain("nonce-");
    } else {
      expect(csp, route).toContain("frame-ancestors 'none'");
      expect(csp, route).toContain("object-src 'none'");
    }
  }
});

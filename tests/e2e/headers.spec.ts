import { test, expect } from "@playwright/test";
import { newPage, signUp, uniqueEmail } from "@/tests/support/ui";

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

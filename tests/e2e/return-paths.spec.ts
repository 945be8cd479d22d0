import { test, expect } from "@/tests/support/fixtures";
import { actionForm, actionId } from "@/tests/support/ui";

// Where a redirect really leads, as a browser follows a Location header: it drops tabs and
// line breaks and takes a backslash for a slash.
function landsOn(location: string | undefined, base: string): string {
  return new URL((location ?? "").replace(/[\t\n\r]/g, "").replace(/\\/g, "/"), base).origin;
}

test("a signed-in person sent to sign in again is returned to this site only, whatever `next` says", async ({ person, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const next of ["/%09/evil.example/x", "/%0a/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example/"]) {
    const res = await person.context.request.get(`/sign-in?next=${next}`, { maxRedirects: 0 });
    expect(res.status(), next).toBeLessThan(400);
    expect(landsOn(res.headers()["location"], baseURL!), next).toBe(origin);
  }
  // A path with letters beyond ASCII is a path of this site, not a server error.
  const res = await person.context.request.get(`/sign-in?next=/cases/${encodeURIComponent("ü王")}`, { maxRedirects: 0 });
  expect(res.status()).toBeLessThan(400);
  expect(res.headers()["location"]).toBe("/cases/%C3%BC%E7%8E%8B");
});

test("the language switch goes back to a page of this site, and a Referer that is not a URL is no error", async ({ person, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const send = (fields: Record<string, string>, referer: string) =>
    person.context.request.post("/cases", {
      headers: { "next-action": actionId("setLocaleAction"), accept: "text/x-component", referer },
      multipart: actionForm([], fields, []),
      maxRedirects: 0,
    });
  for (const referer of ["x".repeat(14_000), "not a url", "http://[::1"]) {
    const res = await send({ locale: "en" }, referer);
    expect(res.status(), referer.slice(0, 20)).toBeLessThan(500);
    const to = res.headers()["x-action-redirect"] ?? res.headers()["location"] ?? "";
    expect(to, referer.slice(0, 20)).toMatch(/^\/(?![/\\])/);
  }
  for (const back of ["/\t/evil.example", "//evil.example", "https://evil.example/"]) {
    const res = await send({ locale: "en", back }, `${origin}/account`);
    const to = (res.headers()["x-action-redirect"] ?? res.headers()["location"] ?? "").split(";")[0]!;
    expect(landsOn(to, baseURL!), back).toBe(origin);
    expect(to, back).toBe("/account");
  }
});

import { request as httpRequest } from "node:http";
import { test, expect } from "@/tests/support/fixtures";
import { actionForm, actionId, createCase, postFormAction } from "@/tests/support/ui";
import { query } from "@/tests/support/db";
import { addDays, todayInBelgrade } from "@/app/lib/calendar";

// Only the receipt upload may send a body of megabytes; any other request over 1 MB is
// refused (413) before an action runs: the sign-in form (anyone may send it), a case's
// answers, a tick, and a body sent in chunks with no length at all. (An action Next.js
// forwards between pages, in chunks, still runs: authorization.spec replays every action
// on a page that does not bundle it.)

const TWO_MB = "x".repeat(2_000_000);

// A form action sent in chunks (Transfer-Encoding: chunked, no Content-Length), as no
// browser sends it but any client can.
function postChunked(url: string, headers: Record<string, string>, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    for (let at = 0; at < body.length; at += 64_000) req.write(body.subarray(at, at + 64_000));
    req.end();
  });
}

test("a request body over 1 MB is refused with 413 before any action runs; a 4 MB receipt is still attached", async ({ person, baseURL }) => {
  const { page, context } = person;
  const caseUrl = await createCase(page, { operator: "mts", phone: "064 555 1212", plan: "Postpaid" });
  const caseId = caseUrl.split("/").pop()!;

  const signIn = await postFormAction(context.request, "/sign-in", "signInAction", [], { email: person.email, password: TWO_MB, next: "/cases" });
  expect(signIn.status(), "the sign-in action, with a 2 MB password").toBe(413);
  const answers = await postFormAction(context.request, `${caseUrl}/wait`, "saveAnswersAction", [{ caseId, form: "reply" }], {
    answerOn: addDays(todayInBelgrade(), -1),
    answerNote: TWO_MB,
    __base: "{}",
  });
  expect(answers.status(), "a case's answers, with a 2 MB note").toBe(413);
  const tick = await context.request.post(`${caseUrl}/prepare`, {
    headers: { "next-action": actionId("toggleItemAction"), accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([{ caseId, key: "twofa-bank", done: true, padding: TWO_MB }]),
  });
  expect(tick.status(), "a tick with 2 MB of arguments").toBe(413);
  // The upload's own page does not lend its limit to another action.
  const elsewhere = await postFormAction(context.request, `${caseUrl}/submit`, "saveAnswersAction", [{ caseId, form: "reply" }], {
    answerOn: addDays(todayInBelgrade(), -1),
    answerNote: TWO_MB,
    __base: "{}",
  });
  expect(elsewhere.status(), "a case's answers sent to the upload's page").toBe(413);

  const form = new Response(actionForm([], { email: person.email, password: TWO_MB, next: "/cases" }));
  const multipart = { type: form.headers.get("content-type")!, body: Buffer.from(await form.arrayBuffer()) };
  const chunked = await postChunked(
    `${baseURL}/sign-in`,
    { "next-action": actionId("signInAction"), accept: "text/x-component", "content-type": multipart.type },
    multipart.body,
  );
  expect(chunked, "a body of no stated length").toBe(411);
  // Dressed up as Next.js's forwarding of an action from one page to another, which the
  // proxy lets through only with the mark it gave the original request.
  const forged = await postChunked(
    `${baseURL}/sign-in`,
    {
      "next-action": actionId("signInAction"),
      accept: "text/x-component",
      "content-type": multipart.type,
      "x-action-forwarded": "1",
      "x-odjava-body-checked": "0".repeat(64),
    },
    multipart.body,
  );
  expect(forged, "a forwarded request forged").toBe(411);
  expect(await query(`SELECT "id" FROM "ChecklistItem" WHERE "caseId" = ?`, [caseId]), "the tick did not run").toEqual([]);
  expect(await query(`SELECT "answerNote" FROM "Case" WHERE "id" = ?`, [caseId])).toEqual([{ answerNote: null }]);

  // A 4 MB photo, through the page, as a person attaches it.
  await page.goto(`${caseUrl}/submit`);
  const shot = await page.screenshot({ type: "jpeg" });
  const photo = Buffer.concat([shot, Buffer.alloc(4_000_000 - shot.length)]);
  await page.getByLabel("Photo or scan", { exact: true }).setInputFiles({ name: "big receipt.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "Attach file" }).click();
  await expect(page.locator("form:has(#evidence-submit) [role=status]")).toHaveText("Attached.");
  expect(await query(`SELECT "size" FROM "Evidence" WHERE "caseId" = ?`, [caseId])).toEqual([{ size: 4_000_000 }]);
});

import { type Page } from "@playwright/test";
import { test, expect } from "@/tests/support/fixtures";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { createCase, newPage, pdfText, postFormAction, postJsonAction, signIn, PASSWORD } from "@/tests/support/ui";
import { query } from "@/tests/support/db";
import { translator } from "@/app/lib/i18n/translator";
import { addDays, todayInBelgrade } from "@/app/lib/calendar";
import { formatFileSize } from "@/app/lib/file-size";

// Photos and scans of receipts: checked by content and size, kept on disk outside the
// database (only hash, type and size in it), served to their owner only, removed with
// the case and the account. Files are real: screenshots (JPEG, PNG) and the case's own
// summary PDF.

const uploads = process.env.ODJAVA_UPLOAD_DIR!;
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const filesOf = (caseId: string) => (existsSync(path.join(uploads, caseId)) ? readdirSync(path.join(uploads, caseId)).sort() : []);
type Row = { id: string; step: string; name: string; type: string; size: number; sha256: string };
const rowsOf = (caseId: string) =>
  query<Row>(`SELECT "id", "step", "name", "type", "size", "sha256" FROM "Evidence" WHERE "caseId" = ? ORDER BY "createdAt"`, [caseId]);

async function attach(page: Page, label: string, button: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel(label, { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: button }).click();
}

test("receipts: attached by content and size, on disk by hash, opened only by their owner, removed with the case", async ({ browser, newPerson }) => {
  expect(uploads, "playwright.config.ts sets ODJAVA_UPLOAD_DIR").toBeTruthy();
  const a = await newPerson("receipts");
  const caseUrl = await createCase(a.page, { operator: "a1", phone: "060 123 7788", plan: "Postpaid" });
  const caseId = caseUrl.split("/").pop()!;
  await a.page.goto(`${caseUrl}/submit`);
  await expect(a.page.getByText("Nothing attached yet.")).toBeVisible();
  const status = a.page.locator("form:has(#evidence-submit) [role=status]");
  const error = a.page.locator("#evidence-submit-error");

  // A photo: stored as it came, on disk, by its hash; shown with a preview.
  const photo = await a.page.screenshot({ type: "jpeg", quality: 70 });
  await attach(a.page, "Photo or scan", "Attach file", { name: "stamped copy.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(status).toHaveText("Attached.");
  const [row] = await rowsOf(caseId);
  expect(row).toMatchObject({ step: "submit", name: "stamped copy.jpg", type: "image/jpeg", size: photo.length, sha256: sha256(photo) });
  expect(filesOf(caseId)).toEqual([row!.id]);
  expect(readFileSync(path.join(uploads, caseId, row!.id)).equals(photo)).toBe(true);
  const list = a.page.getByRole("list", { name: "Attached to this case" });
  await expect(list.getByRole("link", { name: "stamped copy.jpg" })).toBeVisible();
  const preview = list.getByRole("img", { name: "Preview of stamped copy.jpg" });
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // The page shows a small picture made from the photo, not the photo (up to 5 MB).
  expect(await preview.getAttribute("src")).toBe(`${caseUrl}/evidence/${row!.id}/preview`);
  expect(await preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([128, 128]);
  const small = await a.context.request.get(`${caseUrl}/evidence/${row!.id}/preview`);
  expect(small.status()).toBe(200);
  expect(small.headers()["content-type"]).toBe("image/webp");
  expect(small.headers()["cache-control"]).toContain("no-store");
  expect((await small.body()).byteLength).toBeLessThan(photo.length / 4);
  const served = await a.context.request.get(`${caseUrl}/evidence/${row!.id}`);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/jpeg");
  expect(served.headers()["cache-control"]).toContain("no-store");
  expect(served.headers()["content-disposition"]).toMatch(/^inline; /);
  expect((await served.body()).equals(photo)).toBe(true);

  // Not a photo or PDF, whatever its name and claimed type: refused, nothing kept.
  await attach(a.page, "Photo or scan", "Attach file", {
    name: "receipt.png",
    mimeType: "image/png",
    buffer: Buffer.from("just some text, not a picture\n".repeat(20)),
  });
  await expect(error).toHaveText("This is not a photo (JPEG, PNG, WebP, HEIC) or a PDF. Only those can be attached.");
  await expect(a.page.getByLabel("Photo or scan", { exact: true })).toHaveAttribute("aria-invalid", "true");
  expect(await rowsOf(caseId)).toHaveLength(1);
  expect(filesOf(caseId)).toHaveLength(1);

  // Too big: the page refuses before sending a byte.
  let sent = 0;
  a.page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) sent++;
  });
  const big = Buffer.concat([photo, Buffer.alloc(6_000_000 - photo.length)]);
  await attach(a.page, "Photo or scan", "Attach file", { name: "huge.jpg", mimeType: "image/jpeg", buffer: big });
  await expect(error).toHaveText("This file is 6 MB; the limit is 5 MB. Take the photo at a lower resolution, or scan at 150-300 dpi.");
  expect(sent, "nothing was sent").toBe(0);
  // Sent anyway, past the page: the server refuses it too (5.1 MB), or the action's body
  // limit does (7 MB); nothing is kept either way.
  const overLimit = Buffer.concat([photo, Buffer.alloc(5_100_000 - photo.length)]);
  const refused = await postFormAction(a.context.request, `${caseUrl}/submit`, "uploadEvidenceAction", [{ caseId, step: "submit" }], {
    file: { name: "big.jpg", mimeType: "image/jpeg", buffer: overLimit },
  });
  expect(refused.status()).toBeLessThan(500);
  expect(await refused.text()).toContain("the limit is 5 MB");
  const tooLarge = await postFormAction(a.context.request, `${caseUrl}/submit`, "uploadEvidenceAction", [{ caseId, step: "submit" }], {
    file: { name: "bigger.jpg", mimeType: "image/jpeg", buffer: Buffer.concat([photo, Buffer.alloc(7_000_000 - photo.length)]) },
  });
  expect(tooLarge.status(), "refused by the body limit").toBeGreaterThanOrEqual(400);
  expect(await rowsOf(caseId)).toHaveLength(1);
  expect(filesOf(caseId)).toHaveLength(1);

  // A PDF named like a photo, on the wait step: kept as what it is, downloaded.
  const scan = (await a.context.request.get(`${caseUrl}/summary.pdf`)).body();
  const pdf = await scan;
  await a.page.goto(`${caseUrl}/submit`);
  await a.page.locator("#submission-submittedOn").fill(addDays(todayInBelgrade(), -3));
  await a.page.locator("form:has(#submission-submittedOn) button[type=submit]").click();
  await expect(a.page.locator("form:has(#submission-submittedOn) [role=status]")).toHaveText("Saved");
  await a.page.goto(`${caseUrl}/wait`);
  await attach(a.page, "Photo or scan", "Attach file", { name: "povratnica.jpg", mimeType: "image/jpeg", buffer: pdf });
  await expect(a.page.locator("form:has(#evidence-wait) [role=status]")).toHaveText("Attached.");
  const rows = await rowsOf(caseId);
  expect(rows.map((r) => [r.step, r.type, r.size])).toEqual([
    ["submit", "image/jpeg", photo.length],
    ["wait", "application/pdf", pdf.length],
  ]);
  const pdfServed = await a.context.request.get(`${caseUrl}/evidence/${rows[1]!.id}`);
  expect(pdfServed.headers()["content-type"]).toBe("application/pdf");
  expect(pdfServed.headers()["content-disposition"]).toMatch(/^attachment; /);
  expect((await pdfServed.body()).equals(pdf)).toBe(true);
  // A PDF has no preview: the list shows its kind instead.
  expect((await a.context.request.get(`${caseUrl}/evidence/${rows[1]!.id}/preview`)).status()).toBe(404);

  // The summary PDF lists both, each with its fingerprint.
  const summary = pdfText(await (await a.context.request.get(`${caseUrl}/summary.pdf`)).body());
  expect(summary).toContain("Attached photos and scans");
  expect(summary).toContain("Each file's SHA-256 fingerprint below");
  expect(summary).toMatch(/stamped copy\.jpg: Photo, [\d.]+ kB, attached/);
  expect(summary).toMatch(/povratnica\.jpg: PDF, [\d.]+ kB, attached/);
  expect(summary).toContain(`SHA-256 ${sha256(photo)}`);
  expect(summary).toContain(`SHA-256 ${sha256(pdf)}`);

  // Another user: no way to see, remove or add to A's files.
  const b = await newPerson("receipts-other");
  const emailB = b.email;
  const caseB = (await createCase(b.page, { operator: "mts", phone: "064 222 3344", plan: "Prepaid" })).split("/").pop()!;
  for (const url of [`${caseUrl}/evidence/${row!.id}`, `/cases/${caseB}/evidence/${row!.id}`, `${caseUrl}/evidence/${row!.id}/preview`]) {
    const res = await b.context.request.get(url);
    expect(res.status(), url).toBe(404);
    expect((await res.body()).includes(photo.subarray(0, 64)), url).toBe(false);
  }
  const removal = await postJsonAction(b.context.request, `/cases/${caseB}/wait`, "removeEvidenceAction", [{ caseId, evidenceId: row!.id }]);
  expect(await removal.text()).toContain("File not found.");
  const intrusion = await postFormAction(b.context.request, `/cases/${caseB}/submit`, "uploadEvidenceAction", [{ caseId, step: "submit" }], {
    file: { name: "x.jpg", mimeType: "image/jpeg", buffer: photo },
  });
  expect(await intrusion.text()).toContain("Case not found.");
  expect(await rowsOf(caseId)).toHaveLength(2);
  expect(filesOf(caseId)).toEqual(rows.map((r) => r.id).sort());
  const visitor = await newPage(browser);
  const anon = await visitor.context.request.get(`${caseUrl}/evidence/${row!.id}`, { maxRedirects: 0 });
  expect(anon.status()).toBe(303);
  expect(anon.headers()["location"]).toContain("/sign-in?next=");

  // Removing one asks once more; row and file go, the timeline says so.
  await a.page.getByRole("button", { name: "Remove: stamped copy.jpg" }).click();
  await a.page.getByRole("button", { name: "Remove for good: stamped copy.jpg" }).click();
  await expect(a.page.getByRole("link", { name: "stamped copy.jpg" })).toHaveCount(0);
  expect((await rowsOf(caseId)).map((r) => r.id)).toEqual([rows[1]!.id]);
  expect(filesOf(caseId)).toEqual([rows[1]!.id]);
  expect((await a.context.request.get(`${caseUrl}/evidence/${row!.id}`)).status()).toBe(404);
  await a.page.goto(caseUrl);
  await expect(a.page.getByText("A photo of a receipt attached")).toBeVisible();
  await expect(a.page.getByText("A scan (PDF) of a receipt attached")).toBeVisible();
  await expect(a.page.getByText("Attached file removed")).toBeVisible();

  // Deleting the case: the box must be ticked; then rows and files are gone.
  await a.page.getByRole("button", { name: "Delete case" }).click();
  await expect(a.page.locator("#delete-confirm-error")).toHaveText("Tick the box to confirm.");
  expect(filesOf(caseId)).toHaveLength(1);
  await a.page.getByLabel("Yes, delete this case and its files").check();
  await a.page.getByRole("button", { name: "Delete case" }).click();
  await expect(a.page).toHaveURL(/\/cases\?deleted=1$/);
  await expect(a.page.getByRole("status")).toHaveText("The case was deleted, with its attached files.");
  await expect(a.page.getByText("You have no cases yet.")).toBeVisible();
  expect(await rowsOf(caseId)).toHaveLength(0);
  expect(await query(`SELECT "id" FROM "Case" WHERE "id" = ?`, [caseId])).toHaveLength(0);
  expect(existsSync(path.join(uploads, caseId)), "the case's folder").toBe(false);
  expect((await a.context.request.get(`${caseUrl}/evidence/${rows[1]!.id}`)).status()).toBe(404);

  // Deleting the account removes the files of every case in it.
  await b.page.goto(`/cases/${caseB}/submit`);
  await attach(b.page, "Photo or scan", "Attach file", { name: "b.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(b.page.locator("form:has(#evidence-submit) [role=status]")).toHaveText("Attached.");
  expect(filesOf(caseB)).toHaveLength(1);
  await b.page.goto("/account");
  await b.page.locator("#pw-password").fill(PASSWORD);
  await b.page.getByRole("button", { name: "Delete my account" }).click();
  await expect(b.page).toHaveURL(/\/$/);
  expect(existsSync(path.join(uploads, caseB)), "B's case folder").toBe(false);
  expect(await rowsOf(caseB)).toHaveLength(0);
  await b.page.goto("/sign-in");
  await signIn(b.page, emailB);
  await expect(b.page.getByText("Wrong email or password.")).toBeVisible();

  await visitor.context.close();
});

test("receipts in Chinese and Serbian: the rules, the refusals and the list in the person's language", async ({ person }) => {
  // A person of its own: it switches the account's language, and the export must hold this case only.
  const { page } = person;
  const caseUrl = await createCase(page, { operator: "yettel", phone: "062 345 6789", plan: "Prepaid" });
  const png = await page.screenshot({ type: "png" });
  for (const [locale, label] of [
    ["zh-Hans", "中文"],
    ["sr-Latn", "Srpski"],
  ] as const) {
    const t = translator(locale);
    await page.goto(`${caseUrl}/submit`);
    await page.getByRole("button", { name: label }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { name: t("evidence.files.heading") })).toBeVisible();
    await expect(page.locator("#evidence-submit-hint")).toHaveText(t("evidence.files.rules", { max: formatFileSize(5_000_000, locale), count: 10 }));
    const input = page.getByLabel(t("evidence.files.label"), { exact: true });
    await input.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("%PDX not a pdf") });
    await page.getByRole("button", { name: t("evidence.files.upload") }).click();
    await expect(page.locator("#evidence-submit-error")).toHaveText(t("errors.fileType"));
    await input.setInputFiles({ name: `收据-${locale}.png`, mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: t("evidence.files.upload") }).click();
    await expect(page.locator("form:has(#evidence-submit) [role=status]")).toHaveText(t("evidence.files.attached"));
    await expect(page.getByRole("list", { name: t("evidence.files.listLabel") }).getByRole("link", { name: `收据-${locale}.png` })).toBeVisible();
  }
  // Both kept, under the names they came with.
  const exported = await (await page.request.get("/account/export.json")).json();
  expect(exported.cases[0].evidence.map((e: { name: string; type: string }) => [e.name, e.type])).toEqual([
    ["收据-zh-Hans.png", "image/png"],
    ["收据-sr-Latn.png", "image/png"],
  ]);
});

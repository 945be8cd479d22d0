import { test, expect } from "@/tests/support/fixtures";
import { createCase } from "@/tests/support/ui";
import { query } from "@/tests/support/db";

// Text as a person types it in Chromium: a textarea sends its lines as CRLF, which the note
// keeps as lines; a single-line field refuses what would hide or reorder its letters.

test("a two-line note typed into the answer's textarea is saved and shown back with both lines", async ({ person }) => {
  const { page } = person;
  const caseUrl = await createCase(page, { operator: "yettel", phone: "061 234 5670", plan: "Postpaid" });
  const caseId = caseUrl.split("/").pop()!;
  await page.goto(`${caseUrl}/submit`);
  await page.getByLabel("Date handed in or sent").fill("2026-11-05");
  await page.getByRole("button", { name: "Save submission" }).click();
  await expect(page.locator("form:has(#submission-submittedOn) [role=status]")).toHaveText("Saved");

  await page.goto(`${caseUrl}/wait`);
  await page.getByLabel("Date of the operator's answer").fill("2026-11-12");
  const note = page.getByLabel("What they said");
  await note.click();
  await page.keyboard.type("Line closed on 1 Dec.");
  await page.keyboard.press("Enter");
  // "é" as a macOS keyboard may send it: e and a combining acute accent.
  await page.keyboard.type("Final bill 0 RSD, cafe\u0301 receipt kept.");
  await page.getByRole("button", { name: "Save answer" }).click();
  const status = page.locator("form:has(#reply-answerNote) [role=status]");
  await expect(status).toHaveText("Saved");
  await expect(page.locator("#reply-answerNote-error")).toBeEmpty();

  const stored = "Line closed on 1 Dec.\nFinal bill 0 RSD, caf\u00e9 receipt kept.";
  expect((await query<{ answerNote: string }>(`SELECT "answerNote" FROM "Case" WHERE "id" = ?`, [caseId]))[0]?.answerNote).toBe(stored);
  await page.reload();
  await expect(page.getByLabel("What they said")).toHaveValue(stored);

  // Saving again unchanged is no conflict: the form's base is the stored text.
  await page.getByRole("button", { name: "Save answer" }).click();
  await expect(status).toHaveText("Saved");
});

test("a name with a text-direction control is refused with its own message, and nothing is saved", async ({ person }) => {
  const { page } = person;
  const caseUrl = await createCase(page, { operator: "a1", phone: "060 765 4321", plan: "Postpaid" });
  const caseId = caseUrl.split("/").pop()!;
  await page.goto(`${caseUrl}/submit`);
  await expect(page.getByLabel("What they said")).toHaveCount(0);
  // The holder's name is one line: an input, not a textarea.
  await expect(page.locator("input#letter-holderName")).toHaveCount(1);
  await page.getByLabel("Name of the contract holder").fill("Ana \u202eććeP");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("#letter-holderName-error")).toHaveText("Remove the invisible characters that change the direction of the text.");
  expect((await query<{ holderName: string | null }>(`SELECT "holderName" FROM "Case" WHERE "id" = ?`, [caseId]))[0]?.holderName).toBeNull();
});

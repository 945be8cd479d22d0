import { test as setup, expect } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PERSON_STATE } from "@/tests/support/auth";
import { signUp, uniqueEmail } from "@/tests/support/ui";

// One sign-up through the real form, kept as a storage state for the specs that use
// PERSON_STATE.
setup("a person signs up once; the session is kept for the specs", async ({ page }) => {
  await signUp(page, uniqueEmail("person"));
  await expect(page.getByText("You have no cases yet.")).toBeVisible();
  mkdirSync(path.dirname(PERSON_STATE), { recursive: true });
  await page.context().storageState({ path: PERSON_STATE });
});

// For unit tests: opens a case for `userId` through the app's own createCase (A1 postpaid
// unless told otherwise) and fails the test when it is refused.
import assert from "node:assert/strict";
import { createCase } from "@/app/lib/cases/commands";
import { todayInBelgrade } from "@/app/lib/calendar";
import type { NewCaseInput } from "@/app/lib/cases/schemas";

export async function openCase(userId: string, input: Partial<NewCaseInput> = {}): Promise<string> {
  const made = await createCase(
    userId,
    { operator: "a1", phone: "+381601234567", planType: "postpaid", contractEndDate: undefined, ...input },
    todayInBelgrade(),
  );
  assert.ok(made.ok, `case not opened: ${made.ok || made.reason}`);
  return made.id;
}

import { test, expect, createAccount, signInPage } from "@/tests/support/fixtures";
import { createCase, newPage } from "@/tests/support/ui";
import { query } from "@/tests/support/db";
import { cookieHeader, saveFacts, tick, tickableKeys, type Session } from "@/tests/support/wire";

// Two sessions of one person (two devices) at the same time, hundreds of times: each
// ticks its own items and edits its own fields of one form, then both fight over one
// field. No acknowledged update may be lost, no row duplicated, no step event doubled.

const TICKS_PER_SESSION = 200;
const SAVES_PER_SESSION = 60;
test.setTimeout(180_000);

test("two devices ticking and editing one case at once lose no update and duplicate nothing", async ({ browser, baseURL }) => {
  // One person signed in on two devices.
  const { email } = await createAccount("race");
  const one = await newPage(browser);
  await signInPage(one.page, email);
  const caseId = (await createCase(one.page, { operator: "a1", phone: "060 555 0101", plan: "Postpaid" })).split("/").pop()!;
  const two = await newPage(browser);
  await signInPage(two.page, email);
  const s1: Session = { origin: baseURL!, cookie: await cookieHeader(one.context) };
  const s2: Session = { origin: baseURL!, cookie: await cookieHeader(two.context) };
  expect(s1.cookie).not.toBe(s2.cookie);

  const keys = await tickableKeys(s1, caseId);
  expect(keys.length).toBeGreaterThanOrEqual(8);
  const mine = [keys.filter((_, i) => i % 2 === 0), keys.filter((_, i) => i % 2 === 1)];
  const lastAcked = new Map<string, boolean>();

  // Ticks: each session flips its own items, three requests in flight at a time.
  const ticker = async (s: Session, items: string[]) => {
    let n = 0;
    await Promise.all(
      [0, 1, 2].map(async (lane) => {
        const own = items.filter((_, i) => i % 3 === lane);
        if (own.length === 0) return;
        for (let i = 0; n < TICKS_PER_SESSION; i++) {
          n++;
          const key = own[i % own.length]!;
          const done = !(lastAcked.get(key) ?? false);
          expect(await tick(s, caseId, key, done), key).toBe(true);
          lastAcked.set(key, done);
        }
      }),
    );
  };

  // Facts: device 1 edits the name on the letter, device 2 the place, each from a form
  // that never saw the other's changes.
  const letter = { idDocument: "rs-id", reason: "other" };
  const conflicts: string[] = [];
  const editor = async (s: Session, field: "holderName" | "letterPlace", other: "holderName" | "letterPlace") => {
    let shown: string | null = null;
    for (let i = 1; i <= SAVES_PER_SESSION; i++) {
      const value = `${field}-${i}`;
      const fields = { ...letter, [field]: value, [other]: "" };
      const outcome = await saveFacts(s, caseId, "letter", fields, { ...letter, [field]: shown, [other]: null });
      if (outcome !== "saved") conflicts.push(`${field} #${i}: ${outcome}`);
      else shown = value;
    }
    return shown;
  };

  const [, , name, place] = await Promise.all([
    ticker(s1, mine[0]!),
    ticker(s2, mine[1]!),
    editor(s1, "holderName", "letterPlace"),
    editor(s2, "letterPlace", "holderName"),
  ]);
  expect(conflicts, "edits of different fields never conflict").toEqual([]);

  // Then both devices fight over one field, each from what it last saw: every save is
  // either applied on top of the value it saw, or refused as a conflict.
  await saveFacts(s1, caseId, "submission", { submittedOn: "2026-11-05", operatorReference: "start" }, { submittedOn: null, operatorReference: null });
  const applied: { from: string; to: string }[] = [];
  let refused = 0;
  const fighter = async (s: Session, tag: string) => {
    let seen = "start";
    for (let i = 1; i <= SAVES_PER_SESSION; i++) {
      const to = `${tag}-${i}`;
      const outcome = await saveFacts(
        s,
        caseId,
        "submission",
        { submittedOn: "2026-11-05", operatorReference: to },
        { submittedOn: "2026-11-05", operatorReference: seen },
      );
      if (outcome === "saved") {
        applied.push({ from: seen, to });
        seen = to;
      } else {
        expect(outcome).toBe("conflict");
        refused++;
        // As the page does after a conflict: show what is stored now.
        seen = (await query<{ r: string }>(`SELECT "operatorReference" AS r FROM "Case" WHERE "id" = ?`, [caseId]))[0]!.r;
      }
    }
  };
  await Promise.all([fighter(s1, "one"), fighter(s2, "two")]);

  const [row] = await query<{ holderName: string; letterPlace: string; operatorReference: string }>(
    `SELECT "holderName", "letterPlace", "operatorReference" FROM "Case" WHERE "id" = ?`,
    [caseId],
  );
  expect(row!.holderName, "device 1's last saved name").toBe(name);
  expect(row!.letterPlace, "device 2's last saved place").toBe(place);

  // The applied saves form one chain from "start" to the stored value: none was written
  // over a value it had not seen.
  const next = new Map(applied.map((a) => [a.from, a.to]));
  expect(next.size, "two saves applied on top of the same value").toBe(applied.length);
  let at = "start";
  for (let i = 0; i < applied.length; i++) at = next.get(at)!;
  expect(at, "the chain of applied saves ends at the stored value").toBe(row!.operatorReference);

  const items = await query<{ key: string; done: number | boolean }>(`SELECT "key", "done" FROM "ChecklistItem" WHERE "caseId" = ?`, [caseId]);
  expect(items.length, "one row per item").toBe(new Set(items.map((i) => i.key)).size);
  const stored = new Map(items.map((i) => [i.key, Boolean(Number(i.done))]));
  const lost = [...lastAcked].filter(([k, v]) => (stored.get(k) ?? false) !== v);
  expect(lost, "ticks whose acknowledged state was lost").toEqual([]);

  // Step events alternate done/reopened per step: no step completed twice in a row.
  const events = await query<{ type: string; payload: string }>(
    `SELECT "type", "payload" FROM "CaseEvent" WHERE "caseId" = ? AND "type" IN ('step_completed', 'step_reopened') ORDER BY "createdAt", "id"`,
    [caseId],
  );
  const lastType = new Map<string, string>();
  for (const e of events) {
    const step = JSON.parse(e.payload).step as string;
    expect(lastType.get(step), `${step}: ${e.type} twice in a row`).not.toBe(e.type);
    lastType.set(step, e.type);
  }
  console.log(
    `race: ${2 * TICKS_PER_SESSION} ticks on ${keys.length} items, ${4 * SAVES_PER_SESSION} saves (${applied.length} applied and ${refused} refused as conflicts on the shared field), 0 lost, 0 duplicated, ${events.length} step events`,
  );
  await Promise.all([one.context.close(), two.context.close()]);
});

// The afterlife migration on the real database (SQLite here, PostgreSQL in CI): a stored
// tick on the old "Move WhatsApp and Viber" item becomes a tick on each app's item, and the
// case then shows both as done. The migration's SQL is run again on rows written the old way.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { db } from "@/app/lib/db/client";
import { getCase } from "@/app/lib/cases/queries";
import { openCase } from "@/tests/support/open-case";

after(() => db.$disconnect());

const provider = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "") ? "prisma/postgres/migrations" : "prisma/migrations";
const statements = readFileSync(`${provider}/20261201180000_afterlife/migration.sql`, "utf8")
  .replace(/^\s*--.*$/gm, "")
  .split(";")
  .map((s) => s.trim())
  .filter(Boolean);

test("a tick on 'messengers-moved' becomes ticks on WhatsApp and Viber; an open one stays open; other keys are untouched", async () => {
  const user = await db.user.create({ data: { email: `afterlife-${Date.now()}@example.com`, passwordHash: "x" } });
  const ticked = await openCase(user.id, { planType: "prepaid", operator: "mts", phone: "+381641112233" });
  const open = await openCase(user.id);
  const doneAt = new Date("2026-11-20T10:00:00Z");
  await db.checklistItem.createMany({
    data: [
      { caseId: ticked, key: "messengers-moved", done: true, doneAt },
      { caseId: ticked, key: "twofa-bank", done: true, doneAt },
      { caseId: open, key: "messengers-moved", done: false, doneAt: null },
    ],
  });
  for (const sql of statements) await db.$executeRawUnsafe(sql);

  const rows = await db.checklistItem.findMany({ where: { caseId: { in: [ticked, open] } }, select: { caseId: true, key: true, done: true, doneAt: true } });
  const of = (caseId: string) => rows.filter((r) => r.caseId === caseId).sort((a, b) => a.key.localeCompare(b.key));
  assert.deepEqual(of(ticked), [
    { caseId: ticked, key: "number-viber", done: true, doneAt },
    { caseId: ticked, key: "number-whatsapp", done: true, doneAt },
    { caseId: ticked, key: "twofa-bank", done: true, doneAt },
  ]);
  assert.deepEqual(
    of(open).map((r) => [r.key, r.done]),
    [
      ["number-viber", false],
      ["number-whatsapp", false],
    ],
  );
  const c = await getCase(user.id, ticked, "2026-11-25");
  const done = new Set(c!.items.filter((i) => i.done).map((i) => i.key));
  assert.ok(done.has("number-whatsapp") && done.has("number-viber") && done.has("twofa-bank"));
  assert.ok(!done.has("number-wechat"), "a new item starts open");
});

// Files outliving their rows: deleting a case, a receipt or an account journals the files
// to remove in the transaction that deletes the rows, and the sweep finishes whatever a
// stopped process left behind. Real files in a folder of this test's own, and the real
// database named by DATABASE_URL (SQLite or PostgreSQL).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { db } from "@/app/lib/db/client";
import { openCase } from "@/tests/support/open-case";
import { deleteCase, setItemDone } from "@/app/lib/cases/commands";
import { deleteUser } from "@/app/lib/account/data";
import { addEvidence, removeEvidence } from "@/app/lib/evidence/data";
import { sweepUploads } from "@/app/lib/evidence/sweep";

const root = mkdtempSync(path.join(tmpdir(), "odjava-removals-"));
process.env.ODJAVA_UPLOAD_DIR = root;

after(() => db.$disconnect());

const HOUR = 60 * 60 * 1000;
const TODAY = "2026-11-25";
const receipt = new Uint8Array(Buffer.from("%PDF-1.7\n% a receipt\n"));
const at = (...parts: string[]) => path.join(root, ...parts);
const journalFor = (paths: string[]) => db.fileRemoval.findMany({ where: { path: { in: paths } } });

async function person(tag: string) {
  const email = `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  return db.user.create({ data: { email, passwordHash: "x" } });
}

async function caseWithReceipt(userId: string) {
  const caseId = await openCase(userId);
  const added = await addEvidence(userId, caseId, { step: "submit", name: "r.pdf", type: "application/pdf", bytes: receipt }, new Date());
  assert.ok(added.ok);
  return { caseId, evidenceId: added.id };
}

test("a removal journalled with the rows' deletion but not done (the process stopped) is finished by the sweep", async () => {
  const user = await person("stopped");
  const a = await caseWithReceipt(user.id);
  const b = await caseWithReceipt(user.id);
  // What a process killed right after the commit leaves: rows gone, journal written, files on disk.
  await db.$transaction(async (tx) => {
    await tx.case.delete({ where: { id: a.caseId } });
    await tx.fileRemoval.create({ data: { path: a.caseId } });
    await tx.evidence.delete({ where: { id: b.evidenceId } });
    await tx.fileRemoval.create({ data: { path: `${b.caseId}/${b.evidenceId}` } });
  });
  assert.ok(existsSync(at(a.caseId, a.evidenceId)) && existsSync(at(b.caseId, b.evidenceId)));

  await sweepUploads(new Date());
  assert.equal(existsSync(at(a.caseId)), false, "the deleted case's folder");
  assert.equal(existsSync(at(b.caseId, b.evidenceId)), false, "the removed receipt's file");
  assert.ok(existsSync(at(b.caseId)), "the case that is left keeps its folder");
  assert.deepEqual(await journalFor([a.caseId, `${b.caseId}/${b.evidenceId}`]), [], "the journal is done");
});

test("deleting a case or a receipt journals its files in the same transaction; a removal that fails waits there for the sweep", async () => {
  const user = await person("journal");
  const a = await caseWithReceipt(user.id);
  const b = await caseWithReceipt(user.id);
  // Done at once: files gone, nothing left in the journal.
  assert.ok((await removeEvidence(user.id, b.caseId, b.evidenceId, new Date())).ok);
  assert.equal(existsSync(at(b.caseId, b.evidenceId)), false);
  assert.deepEqual(await journalFor([`${b.caseId}/${b.evidenceId}`]), []);

  // The upload folder cannot be read (a file stands in its place): the case row is gone
  // all the same, and its removal waits in the journal.
  const blocked = path.join(mkdtempSync(path.join(tmpdir(), "odjava-blocked-")), "not-a-folder");
  writeFileSync(blocked, "");
  process.env.ODJAVA_UPLOAD_DIR = blocked;
  try {
    assert.ok((await deleteCase(user.id, a.caseId)).ok);
  } finally {
    process.env.ODJAVA_UPLOAD_DIR = root;
  }
  assert.equal(await db.case.count({ where: { id: a.caseId } }), 0);
  assert.deepEqual(
    (await journalFor([a.caseId])).map((r) => r.path),
    [a.caseId],
  );
  assert.ok(existsSync(at(a.caseId, a.evidenceId)));
  await sweepUploads(new Date());
  assert.equal(existsSync(at(a.caseId)), false);
  assert.deepEqual(await journalFor([a.caseId]), []);
});

test("the sweep removes folders of cases that no longer exist, and nothing it did not make", async () => {
  const user = await person("orphans");
  const kept = await caseWithReceipt(user.id);
  const gone = await caseWithReceipt(user.id);
  // Deleted the old way, row first with no journal, and the process stopped before the folder went.
  await db.case.delete({ where: { id: gone.caseId } });
  // Not Odjava's: a name no id of ours has, and a file at the top.
  mkdirSync(at("holiday photos"));
  writeFileSync(at("notes.txt"), "mine");

  await sweepUploads(new Date());
  assert.equal(existsSync(at(gone.caseId)), false, "the folder of a case that no longer exists");
  assert.ok(existsSync(at(kept.caseId, kept.evidenceId)), "an existing case's receipt");
  assert.ok(existsSync(at("holiday photos")));
  assert.equal(readFileSync(at("notes.txt"), "utf8"), "mine");
});

test("a partial upload (and a file no row names) is kept for an hour, then removed; a receipt stays", async () => {
  const user = await person("partial");
  const c = await caseWithReceipt(user.id);
  const part = at(c.caseId, "0123456789abcdef0123456789abcdef.part");
  const stray = at(c.caseId, "fedcba9876543210fedcba9876543210");
  writeFileSync(part, "half a photo");
  writeFileSync(stray, "a whole photo whose row was never written");
  const now = new Date();

  await sweepUploads(now);
  assert.ok(existsSync(part) && existsSync(stray), "fresh: an upload may still be under way");

  const old = new Date(now.getTime() - 2 * HOUR);
  for (const file of [part, stray, at(c.caseId, c.evidenceId)]) utimesSync(file, old, old);
  await sweepUploads(now);
  assert.equal(existsSync(part), false, "a partial file over an hour old");
  assert.equal(existsSync(stray), false, "a file no row names, over an hour old");
  assert.ok(existsSync(at(c.caseId, c.evidenceId)), "the receipt, however old");
});

// The models of prisma/schema.prisma, so a new table is checked too.
const MODELS = [...readFileSync("prisma/schema.prisma", "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);

test("deleting an account leaves no row about it in any table and no folder on disk", async () => {
  assert.ok(MODELS.includes("FileRemoval") && MODELS.includes("Evidence"), `parsed: ${MODELS.join(", ")}`);
  const user = await person("leaving");
  const other = await person("staying");
  const cases = [await caseWithReceipt(user.id), await caseWithReceipt(user.id)];
  const theirs = await caseWithReceipt(other.id);
  assert.ok((await setItemDone(user.id, cases[0]!.caseId, "twofa-bank", true, { now: new Date(), today: TODAY })).ok);
  const marks = [user.id, user.email, ...cases.flatMap((c) => [c.caseId, c.evidenceId])];

  await deleteUser(user.id);
  for (const model of MODELS) {
    const delegate = (db as unknown as Record<string, { findMany(): Promise<object[]> }>)[model[0]!.toLowerCase() + model.slice(1)]!;
    // Throttle's times are BigInts, which JSON cannot write as they are.
    const rows = JSON.stringify(await delegate.findMany(), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    assert.deepEqual(
      marks.filter((m) => rows.includes(m)),
      [],
      `${model} still has a row about the account`,
    );
  }
  for (const c of cases) assert.equal(existsSync(at(c.caseId)), false, "a case's folder");
  assert.ok(existsSync(at(theirs.caseId, theirs.evidenceId)), "someone else's receipt");
});

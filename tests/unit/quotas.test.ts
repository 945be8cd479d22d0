// What one account may keep: 20 cases, 100 MB of receipts, and no upload when the disk is
// nearly full. Checked in the transaction that locks the account, so requests sent at the
// same moment cannot pass a quota together; a refused upload never touches the disk.
// Real database (DATABASE_URL) and real files in a folder of this test's own.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { db } from "@/app/lib/db/client";
import { openCase } from "@/tests/support/open-case";
import { createCase } from "@/app/lib/cases/commands";
import { MAX_CASES_PER_ACCOUNT } from "@/app/lib/cases/limits";
import { addEvidence } from "@/app/lib/evidence/data";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_BYTES_PER_ACCOUNT, MAX_EVIDENCE_PER_CASE } from "@/app/lib/evidence/limits";

const root = mkdtempSync(path.join(tmpdir(), "odjava-quotas-"));
process.env.ODJAVA_UPLOAD_DIR = root;

after(() => db.$disconnect());
const TODAY = "2026-12-01";

const NEW_CASE = { operator: "a1", phone: "+381601234567", planType: "postpaid", contractEndDate: undefined } as const;
const filesOf = (caseId: string) => (existsSync(path.join(root, caseId)) ? readdirSync(path.join(root, caseId)) : []);
const pdf = (n: number) => new Uint8Array(Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(n - 9)]));
const upload = (userId: string, caseId: string, bytes: Uint8Array) =>
  addEvidence(userId, caseId, { step: "submit", name: "r.pdf", type: "application/pdf", bytes }, new Date());

async function person(tag: string) {
  const email = `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  return db.user.create({ data: { email, passwordHash: "x" } });
}

// Receipts that are only rows (no file): what the quotas count is the rows' sizes.
async function fill(caseId: string, sizes: number[]) {
  for (const size of sizes) {
    await db.evidence.create({
      data: { id: Math.random().toString(36).slice(2).padEnd(12, "0"), caseId, step: "submit", name: "f.pdf", type: "application/pdf", size, sha256: "0" },
    });
  }
}

test("limits: 20 cases an account, 10 files of 5 MB a case, 100 MB an account", () => {
  assert.equal(MAX_CASES_PER_ACCOUNT, 20);
  assert.equal(MAX_EVIDENCE_PER_CASE, 10);
  assert.equal(MAX_EVIDENCE_BYTES, 5_000_000);
  assert.equal(MAX_EVIDENCE_BYTES_PER_ACCOUNT, 100_000_000);
});

test("the 21st case is refused; ten opened at once on 15 end at 20", async () => {
  const user = await person("cases");
  for (let i = 0; i < 15; i++) await openCase(user.id);
  const results = await Promise.all(Array.from({ length: 10 }, () => createCase(user.id, NEW_CASE, TODAY)));
  assert.equal(await db.case.count({ where: { userId: user.id } }), 20);
  assert.equal(results.filter((r) => r.ok).length, 5);
  assert.deepEqual(
    results.filter((r) => !r.ok),
    Array.from({ length: 5 }, () => ({ ok: false, reason: "tooManyCases" })),
  );
  assert.deepEqual(await createCase(user.id, NEW_CASE, TODAY), { ok: false, reason: "tooManyCases" });
  assert.equal(await db.case.count({ where: { userId: user.id } }), 20);
  // Another account is not held to this one's count.
  assert.ok((await createCase((await person("cases-other")).id, NEW_CASE, TODAY)).ok);
});

test("receipts of one account take at most 100 MB together; two sent at once to two cases cannot both pass", async () => {
  const user = await person("bytes");
  const [full, second, third] = [await openCase(user.id), await openCase(user.id), await openCase(user.id)];
  // 99.5 MB in three cases: ten files of 5 MB, nine of 5 MB, and one of 4.5 MB.
  await fill(full, Array(10).fill(5_000_000));
  await fill(second, Array(9).fill(5_000_000));
  await fill(third, [4_500_000]);
  const [a, b] = await Promise.all([upload(user.id, second, pdf(300_000)), upload(user.id, third, pdf(300_000))]);
  assert.deepEqual([a.ok, b.ok].sort(), [false, true], "one fits (99.8 MB), the other would make 100.1 MB");
  assert.deepEqual(
    [a, b].find((r) => !r.ok),
    { ok: false, reason: "accountFull" },
  );
  assert.equal([...filesOf(second), ...filesOf(third)].length, 1, "the refused one left no file");
  assert.deepEqual(await upload(user.id, third, pdf(300_000)), { ok: false, reason: "accountFull" });
  // What still fits is taken.
  assert.ok((await upload(user.id, third, pdf(200_000))).ok, "exactly 100 MB");
  // Another account has room of its own.
  const other = await person("bytes-other");
  assert.ok((await upload(other.id, await openCase(other.id), pdf(300_000))).ok);
});

test("below the free-space floor (ODJAVA_MIN_FREE_BYTES) an upload is refused and nothing is written", async () => {
  const user = await person("disk");
  const caseId = await openCase(user.id);
  process.env.ODJAVA_MIN_FREE_BYTES = String(2 ** 60);
  try {
    assert.deepEqual(await upload(user.id, caseId, pdf(1000)), { ok: false, reason: "diskFull" });
  } finally {
    delete process.env.ODJAVA_MIN_FREE_BYTES;
  }
  assert.equal(existsSync(path.join(root, caseId)), false, "no folder, no file");
  assert.equal(await db.evidence.count({ where: { caseId } }), 0);
  assert.ok((await upload(user.id, caseId, pdf(1000))).ok, "with the default floor (1 GiB) there is room here");
});

test("an upload refused by a count or a quota never touches the disk", async () => {
  const user = await person("refused");
  const [tooMany, tooBig] = [await openCase(user.id), await openCase(user.id)];
  await fill(tooMany, Array(MAX_EVIDENCE_PER_CASE).fill(1000));
  // 95 MB and 10 kB: a 5 MB file does not fit.
  await fill(tooBig, Array(9).fill(MAX_EVIDENCE_BYTES));
  await fill(await openCase(user.id), Array(10).fill(MAX_EVIDENCE_BYTES));
  // A file where the upload folder should be: writing anything there fails.
  const blocked = path.join(mkdtempSync(path.join(tmpdir(), "odjava-no-writes-")), "not-a-folder");
  writeFileSync(blocked, "");
  process.env.ODJAVA_UPLOAD_DIR = blocked;
  try {
    assert.deepEqual(await upload(user.id, tooMany, pdf(1000)), { ok: false, reason: "tooMany" });
    assert.deepEqual(await upload(user.id, tooBig, pdf(MAX_EVIDENCE_BYTES)), { ok: false, reason: "accountFull" });
  } finally {
    process.env.ODJAVA_UPLOAD_DIR = root;
  }
});

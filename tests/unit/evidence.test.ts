// Receipt files: the type read from the bytes, the files on disk in a folder of their own,
// and their rows in the real database named by DATABASE_URL (SQLite or PostgreSQL).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { db } from "@/app/lib/db/client";
import { openCase } from "@/tests/support/open-case";
import { deleteCase } from "@/app/lib/cases/commands";
import { deleteUser } from "@/app/lib/account/data";
import { addEvidence, evidenceFile, listEvidence, removeEvidence } from "@/app/lib/evidence/data";
import { detectEvidenceType } from "@/app/lib/evidence/detect";
import { writeEvidenceFile } from "@/app/lib/evidence/store";

// The store reads the folder from the environment when it is called: this test's own.
const root = mkdtempSync(path.join(tmpdir(), "odjava-uploads-"));
process.env.ODJAVA_UPLOAD_DIR = root;

after(() => db.$disconnect());

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));
const pad = (b: Uint8Array, n = 256) => new Uint8Array(Buffer.concat([Buffer.from(b), Buffer.alloc(n)]));
const SAMPLES = {
  jpeg: pad(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0x00, 0x01, 0x01])),
  png: pad(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
  webp: pad(bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ")),
  heic: pad(bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic")),
  pdf: bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
};
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function makeCase(tag: string) {
  const user = await db.user.create({ data: { email: `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, passwordHash: "x" } });
  const id = await openCase(user.id);
  return { userId: user.id, caseId: id };
}
const filesOf = (caseId: string) => (existsSync(path.join(root, caseId)) ? readdirSync(path.join(root, caseId)) : []);

test("the type comes from the content: photos and PDFs pass, whatever they are called; anything else is refused", async () => {
  assert.equal(await detectEvidenceType(SAMPLES.jpeg), "image/jpeg");
  assert.equal(await detectEvidenceType(SAMPLES.png), "image/png");
  assert.equal(await detectEvidenceType(SAMPLES.webp), "image/webp");
  assert.equal(await detectEvidenceType(SAMPLES.heic), "image/heic");
  assert.equal(await detectEvidenceType(SAMPLES.pdf), "application/pdf");
  const refused = {
    text: bytes("Receipt no. 123, paid in cash\n"),
    html: bytes("<!doctype html><script>alert(1)</script>"),
    svg: bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    zip: pad(bytes("PK", [3, 4, 20, 0, 0, 0, 8, 0])),
    exe: pad(bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0])),
    gif: pad(bytes("GIF89a", [1, 0, 1, 0, 0x80, 0, 0])),
    empty: new Uint8Array(0),
    jpegTail: bytes("not a jpeg", [0xff, 0xd8, 0xff]),
  };
  for (const [name, b] of Object.entries(refused)) assert.equal(await detectEvidenceType(b), null, name);
});

test("a receipt is written to disk under the case, its row holds hash, type and size, and only its owner reads it", async () => {
  const a = await makeCase("ev-owner");
  const b = await makeCase("ev-other");
  const added = await addEvidence(a.userId, a.caseId, { step: "submit", name: "stamp.jpg", type: "image/jpeg", bytes: SAMPLES.jpeg }, new Date());
  assert.ok(added.ok);
  const row = await db.evidence.findUniqueOrThrow({ where: { id: added.id } });
  assert.deepEqual(
    { type: row.type, size: row.size, sha256: row.sha256, step: row.step },
    { type: "image/jpeg", size: SAMPLES.jpeg.length, sha256: sha(SAMPLES.jpeg), step: "submit" },
  );
  assert.deepEqual(filesOf(a.caseId), [added.id], "one file, named by the row's id, nothing half-written");
  assert.deepEqual(new Uint8Array(readFileSync(path.join(root, a.caseId, added.id))), SAMPLES.jpeg);
  assert.deepEqual(
    (await listEvidence(a.userId, a.caseId)).map((e) => e.name),
    ["stamp.jpg"],
  );
  assert.deepEqual(new Uint8Array((await evidenceFile(a.userId, a.caseId, added.id))!.bytes), SAMPLES.jpeg);
  assert.deepEqual(
    (await db.caseEvent.findMany({ where: { caseId: a.caseId, type: "evidence_added" } })).map((e) => JSON.parse(e.payload)),
    [{ step: "submit", type: "image/jpeg" }],
  );

  // Someone else: nothing to list, read, add or remove.
  assert.deepEqual(await listEvidence(b.userId, a.caseId), []);
  assert.equal(await evidenceFile(b.userId, a.caseId, added.id), null);
  assert.equal(await evidenceFile(b.userId, b.caseId, added.id), null);
  assert.deepEqual(await addEvidence(b.userId, a.caseId, { step: "submit", name: "x.png", type: "image/png", bytes: SAMPLES.png }, new Date()), {
    ok: false,
    reason: "notFound",
  });
  assert.equal((await removeEvidence(b.userId, a.caseId, added.id, new Date())).ok, false);
  assert.equal((await removeEvidence(b.userId, b.caseId, added.id, new Date())).ok, false);
  assert.deepEqual(filesOf(a.caseId), [added.id]);
  assert.deepEqual(filesOf(b.caseId), []);

  // A file changed on disk is not served as the receipt.
  writeFileSync(path.join(root, a.caseId, added.id), Buffer.from("tampered"));
  assert.equal(await evidenceFile(a.userId, a.caseId, added.id), null);

  // Removed: row, then file.
  assert.equal((await removeEvidence(a.userId, a.caseId, added.id, new Date())).ok, true);
  assert.equal(await db.evidence.count({ where: { caseId: a.caseId } }), 0);
  assert.deepEqual(filesOf(a.caseId), []);
});

test("ten files per case, even when twelve arrive at once; the refused leave no file behind", async () => {
  const a = await makeCase("ev-limit");
  const results = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      addEvidence(a.userId, a.caseId, { step: "wait", name: `scan-${i}.pdf`, type: "application/pdf", bytes: SAMPLES.pdf }, new Date()),
    ),
  );
  assert.equal(results.filter((r) => r.ok).length, 10);
  assert.deepEqual(
    results.filter((r) => !r.ok),
    [
      { ok: false, reason: "tooMany" },
      { ok: false, reason: "tooMany" },
    ],
  );
  assert.equal(await db.evidence.count({ where: { caseId: a.caseId } }), 10);
  assert.equal(filesOf(a.caseId).length, 10);
});

test("deleting a case or an account deletes its files; another case's files stay", async () => {
  const a = await makeCase("ev-delete");
  const second = { id: await openCase(a.userId, { operator: "mts", phone: "+381641234567", planType: "prepaid" }) };
  const b = await makeCase("ev-keep");
  for (const [userId, caseId] of [
    [a.userId, a.caseId],
    [a.userId, second.id],
    [b.userId, b.caseId],
  ] as const) {
    assert.ok((await addEvidence(userId, caseId, { step: "submit", name: "r.png", type: "image/png", bytes: SAMPLES.png }, new Date())).ok);
  }
  assert.equal((await deleteCase(b.userId, a.caseId)).ok, false, "not b's case");
  assert.equal(filesOf(a.caseId).length, 1);
  assert.equal((await deleteCase(a.userId, a.caseId)).ok, true);
  assert.equal(existsSync(path.join(root, a.caseId)), false);
  assert.equal(await db.evidence.count({ where: { caseId: a.caseId } }), 0);
  assert.equal(filesOf(second.id).length, 1);
  await deleteUser(a.userId);
  assert.equal(existsSync(path.join(root, second.id)), false);
  assert.equal(await db.evidence.count({ where: { caseId: second.id } }), 0);
  assert.equal(filesOf(b.caseId).length, 1, "someone else's files stay");
});

test("paths are made only from ids: anything else is refused before the disk is touched", async () => {
  for (const [caseId, id] of [
    ["../etc", "abc"],
    ["abc", "../../passwd"],
    ["ABC", "abc"],
    ["abc", "a/b"],
    ["", "abc"],
  ]) {
    await assert.rejects(writeEvidenceFile(caseId!, id!, SAMPLES.png), /bad (case|evidence) id/);
  }
});

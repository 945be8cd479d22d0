import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureAuthSecret, migrate } from "@/prisma/setup.mjs";

// What holds a secret or a person's data is readable by its owner only: .env.local (the
// AUTH_SECRET that signs every session) and the SQLite database with its -wal and -shm
// files (the WAL holds the latest changes in full). Real files in a fresh folder.

const mode = (file: string) => statSync(file).mode & 0o777;
const octal = (file: string) => `${path.basename(file)}: ${mode(file).toString(8)}`;

test("setup writes .env.local readable by its owner only, and makes an existing one so", (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), "odjava-env-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = path.join(dir, "fresh.env");
  const env: Record<string, string | undefined> = {};
  ensureAuthSecret(fresh, env);
  assert.match(readFileSync(fresh, "utf8"), /^AUTH_SECRET=[\w-]{43}\n$/);
  assert.equal(env.AUTH_SECRET, readFileSync(fresh, "utf8").slice("AUTH_SECRET=".length).trim());
  assert.equal(mode(fresh), 0o600, octal(fresh));

  // One written by hand (0644 under the usual umask), without a secret: the secret is added, the file made private.
  const old = path.join(dir, "old.env");
  writeFileSync(old, "ODJAVA_LOG_QUERIES=0", { mode: 0o644 });
  assert.equal(mode(old), 0o644);
  const fromOld: Record<string, string | undefined> = {};
  ensureAuthSecret(old, fromOld);
  assert.match(readFileSync(old, "utf8"), /^ODJAVA_LOG_QUERIES=0\nAUTH_SECRET=[\w-]{43}\n$/);
  assert.equal(fromOld.ODJAVA_LOG_QUERIES, "0");
  assert.equal(mode(old), 0o600, octal(old));

  // One that has its secret already is left as it is, but made private.
  const kept = path.join(dir, "kept.env");
  writeFileSync(kept, "AUTH_SECRET=keep-me\n", { mode: 0o644 });
  const fromKept: Record<string, string | undefined> = {};
  ensureAuthSecret(kept, fromKept);
  assert.equal(readFileSync(kept, "utf8"), "AUTH_SECRET=keep-me\n");
  assert.equal(fromKept.AUTH_SECRET, "keep-me");
  assert.equal(mode(kept), 0o600, octal(kept));
});

test("a migrated SQLite file is its owner's only, and so are the -wal and -shm the app's client makes", async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), "odjava-db-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, "odjava.db");
  migrate({ ...process.env, DATABASE_URL: `file:${file}` });
  assert.equal(mode(file), 0o600, octal(file));

  // The app's own client on that file (each test file runs in a process of its own, so
  // pointing DATABASE_URL elsewhere here leaves the other tests alone). A write opens the WAL.
  process.env.DATABASE_URL = `file:${file}`;
  const { db } = await import("@/app/lib/db/client");
  t.after(() => db.$disconnect());
  await db.user.create({ data: { email: "modes@example.com", passwordHash: "x" } });
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    assert.ok(existsSync(f), `${path.basename(f)} exists while the client is connected`);
    assert.equal(mode(f), 0o600, octal(f));
  }

  // An existing database left world-readable by an older setup is made private on the next run.
  await db.$disconnect();
  const { chmodSync } = await import("node:fs");
  chmodSync(file, 0o644);
  migrate({ ...process.env, DATABASE_URL: `file:${file}` });
  assert.equal(mode(file), 0o600, octal(file));
});

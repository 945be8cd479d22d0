// Mailed links and the outbox, against the real database and real files.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { db } from "@/app/lib/db/client";
import { consumeToken, issueToken, tokenOwner, TOKEN_TTL_MS } from "@/app/lib/account/email-tokens";

after(() => db.$disconnect());
const at = (t0: Date, ms: number) => new Date(t0.getTime() + ms);

async function person() {
  const email = `tok-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  return { ...(await db.user.create({ data: { email, passwordHash: "x" }, select: { id: true } })), email };
}

test("a link works once, until it expires (24 hours to confirm, 30 minutes to reset), and only its hash is kept", async () => {
  const p = await person();
  const t0 = new Date("2026-11-30T10:00:00Z");
  for (const purpose of ["verify", "reset"] as const) {
    const token = await issueToken(p.id, purpose, p.email, t0);
    const row = await db.emailToken.findUniqueOrThrow({ where: { tokenHash: createHash("sha256").update(token).digest("hex") } });
    assert.ok(!JSON.stringify(row).includes(token), "the token itself is not stored");
    assert.equal(await tokenOwner(purpose, token, at(t0, TOKEN_TTL_MS[purpose])), null, "expired");
    assert.equal(await consumeToken(purpose === "verify" ? "reset" : "verify", token, t0), null, "a link for one purpose opens nothing else");
    assert.deepEqual(await consumeToken(purpose, token, at(t0, TOKEN_TTL_MS[purpose] - 1000)), { userId: p.id, email: p.email });
    assert.equal(await consumeToken(purpose, token, at(t0, 2000)), null, "used up");
  }
  assert.equal(TOKEN_TTL_MS.verify, 24 * 60 * 60 * 1000);
  assert.equal(TOKEN_TTL_MS.reset, 30 * 60 * 1000);
});

test("a newer link replaces the older, and a link for an address the account no longer has opens nothing", async () => {
  const p = await person();
  const now = new Date();
  const first = await issueToken(p.id, "reset", p.email, now);
  const second = await issueToken(p.id, "reset", p.email, now);
  assert.equal(await tokenOwner("reset", first, now), null);
  assert.ok(await tokenOwner("reset", second, now));
  await db.user.update({ where: { id: p.id }, data: { email: `moved-${p.email}` } });
  assert.equal(await consumeToken("reset", second, now), null);
});

test("two uses of one link at the same moment: one wins", async () => {
  const p = await person();
  const now = new Date();
  const token = await issueToken(p.id, "reset", p.email, now);
  const results = await Promise.all(Array.from({ length: 8 }, () => consumeToken("reset", token, now)));
  assert.equal(results.filter(Boolean).length, 1);
});

test("with no SMTP_URL a mail is an .eml file in the outbox, and the log line names no address", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "odjava-outbox-"));
  delete process.env.SMTP_URL;
  process.env.ODJAVA_OUTBOX_DIR = dir;
  const { sendMail } = await import("@/app/lib/mail/send");
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => void lines.push(args.join(" "));
  try {
    await sendMail({ to: "ana@example.com", subject: "Zdravo", text: "Tekst", html: "<p>Tekst</p>", messageId: "<test-1@odjava>", kind: "verify" });
  } finally {
    console.log = log;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(".eml"));
  assert.equal(files.length, 1);
  const mail = await simpleParser(readFileSync(path.join(dir, files[0]!)));
  assert.equal(mail.subject, "Zdravo");
  assert.equal(mail.messageId, "<test-1@odjava>");
  assert.match(lines.join("\n"), /mail: verify written to the outbox/);
  assert.ok(!lines.join("\n").includes("ana@example.com"));
});

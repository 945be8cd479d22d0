import { test } from "node:test";
import assert from "node:assert/strict";
import { mailConfig } from "@/app/lib/mail/config";

test("no SMTP_URL: mail goes to the outbox folder; the sender and links follow ODJAVA_PUBLIC_URL", () => {
  const c = mailConfig({});
  assert.equal(c.transport, "outbox");
  assert.match(c.transport === "outbox" ? c.dir : "", /\/outbox$/);
  assert.equal(c.publicUrl, "http://localhost:3000");
  assert.equal(c.from, "Odjava <odjava@localhost>");
  assert.equal(mailConfig({ ODJAVA_PUBLIC_URL: "https://odjava.example.rs/" }).publicUrl, "https://odjava.example.rs");
});

test("SMTP_URL and MAIL_FROM as people write them are taken", () => {
  for (const url of ["smtp://user:pass@smtp.example.rs:587", "smtps://user:p%40ss@smtp.example.rs:465", "smtp://127.0.0.1:2525"]) {
    assert.equal(mailConfig({ SMTP_URL: url }).transport, "smtp", url);
  }
  for (const from of ["odjava@example.rs", "Odjava <odjava@example.rs>", "Odjava Beograd <no-reply@mail.example.rs>"]) {
    assert.equal(mailConfig({ MAIL_FROM: from }).from, from);
  }
});

test("a malformed setting is a clear error that never shows the SMTP password", () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ SMTP_URL: "not a url" }, /SMTP_URL is not a URL/],
    [{ SMTP_URL: "http://user:secret@host" }, /must start with smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: "smtp://user:secret@host:99999" }, /SMTP_URL/],
    [{ MAIL_FROM: "Odjava" }, /MAIL_FROM must be an address/],
    [{ MAIL_FROM: "Odjava <odjava@example.rs>\\r\\nBcc: x@y.z" }, /MAIL_FROM/],
    [{ MAIL_FROM: "Odjava <odjava@example.rs>\r\nBcc: x@y.z" }, /MAIL_FROM/],
    [{ ODJAVA_PUBLIC_URL: "ftp://example.rs" }, /ODJAVA_PUBLIC_URL/],
  ];
  for (const [env, message] of cases) {
    assert.throws(
      () => mailConfig(env),
      (error: Error) => message.test(error.message) && !error.message.includes("secret"),
      JSON.stringify(env),
    );
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { hashPassword, verifyPassword } from "@/app/lib/auth/passwords";

test("passwords are hashed with argon2id and verified", async () => {
  const hash = await hashPassword("correct horse battery");
  assert.match(hash, /^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
  assert.equal(await verifyPassword(hash, "correct horse battery"), true);
  assert.equal(await verifyPassword(hash, "correct horse batterY"), false);
  assert.equal(await verifyPassword(null, "anything"), false);
  assert.equal(await verifyPassword("not a hash", "anything"), false);
});

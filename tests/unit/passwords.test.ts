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

test("at most RUNNING checks run and WAITING wait; any more are refused at once as busy", async () => {
  const { RUNNING, WAITING, PasswordsBusy, passwordsBusy } = await import("@/app/lib/auth/passwords");
  const hash = await hashPassword("correct horse battery");
  const burst = Array.from({ length: 20 }, () => verifyPassword(hash, "correct horse battery"));
  assert.equal(passwordsBusy(), true);
  const results = await Promise.allSettled(burst);
  const done = results.filter((r) => r.status === "fulfilled" && r.value === true).length;
  const busy = results.filter((r) => r.status === "rejected" && r.reason instanceof PasswordsBusy).length;
  assert.deepEqual({ done, busy }, { done: RUNNING + WAITING, busy: 20 - RUNNING - WAITING });
  assert.equal(passwordsBusy(), false);
  assert.equal(await verifyPassword(hash, "correct horse battery"), true, "free again afterwards");
});

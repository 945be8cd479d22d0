// Where the test run's mail server listens and keeps what it received (tests/support/mail-server.mjs).
import path from "node:path";

export const MAIL_DIR = path.resolve(".tmp/mail");

export function mailPorts(env = process.env) {
  const base = Number(env.E2E_PORT ?? 3210);
  return { smtp: base + 1, control: base + 2 };
}

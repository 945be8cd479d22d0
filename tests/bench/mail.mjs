// The mail figure of `npm run bench`: 1,000 reminders due at once, two app instances
// sweeping one database and sending to a real SMTP server (smtp-server, in this process);
// then both instances restarted. Reports the seconds until the last mail arrived and the
// duplicates (same Message-ID received twice), which must be 0.
import { randomBytes } from "node:crypto";
import { SMTPServer } from "smtp-server";
import { freePort } from "../support/net.mjs";
import { insertRows } from "./seed.mjs";

let counter = 0;
const id = () => `m${Date.now().toString(36)}${(counter++).toString(36).padStart(5, "0")}${randomBytes(5).toString("hex")}`.slice(0, 25);

function reminderRows(count) {
  const now = new Date();
  const due = new Date(now.getTime() - 60_000);
  const day = due.toISOString().slice(0, 10);
  const User = [];
  const Case = [];
  const Reminder = [];
  for (let i = 0; i < count; i++) {
    const userId = id();
    const caseId = id();
    User.push({
      id: userId,
      email: `reminded${i}@example.com`,
      passwordHash: "x",
      emailVerifiedAt: now,
      locale: ["en", "zh-Hans", "sr-Latn"][i % 3],
      createdAt: now,
    });
    Case.push({
      id: caseId,
      userId,
      operator: "a1",
      phoneE164: `+38160${String(1000000 + i)}`,
      planType: "postpaid",
      submittedOn: "2026-11-02",
      createdAt: now,
      updatedAt: now,
    });
    Reminder.push({ id: id(), caseId, kind: "follow-up-passed", day, dueAt: due, attempts: 0 });
  }
  return { User, Case, Reminder };
}

async function sink() {
  const port = await freePort();
  const ids = new Map();
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (c) => {
        if (head.length < 8000) head += c.toString("latin1");
      });
      stream.on("end", () => {
        total++;
        const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? `none-${total}`;
        ids.set(messageId, (ids.get(messageId) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${port}`, ids, total: () => total, close: () => new Promise((r) => server.close(r)) };
}

export async function mailFigures({ freshDatabase, startServer, count = 1000 }) {
  const url = await freshDatabase("mail");
  await insertRows(url, reminderRows(count));
  const smtp = await sink();
  const extra = { SMTP_URL: smtp.url, ODJAVA_REMINDER_SWEEP_MS: "1000" };
  const t0 = performance.now();
  let servers = await Promise.all([startServer(url, extra), startServer(url, extra)]);
  const ready = performance.now();
  const deadline = Date.now() + 120_000;
  while (smtp.ids.size < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const done = performance.now();
  servers.forEach((s) => s.stop());
  await new Promise((r) => setTimeout(r, 1000));
  servers = await Promise.all([startServer(url, extra), startServer(url, extra)]);
  await new Promise((r) => setTimeout(r, 3000));
  servers.forEach((s) => s.stop());
  await smtp.close();
  return {
    count,
    delivered: smtp.ids.size,
    secondsFromStart: Number(((done - t0) / 1000).toFixed(1)),
    secondsFromReady: Number(((done - ready) / 1000).toFixed(1)),
    received: smtp.total(),
    duplicates: smtp.total() - smtp.ids.size,
  };
}

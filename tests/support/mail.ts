// The mails the test run's SMTP server received (tests/support/mail-server.mjs), parsed
// with mailparser as a mail program would read them.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { MAIL_DIR, mailPorts } from "./mail-env.mjs";

export type Received = ParsedMail & { file: string };

export async function mailsTo(address: string): Promise<Received[]> {
  if (!existsSync(MAIL_DIR)) return [];
  const files = readdirSync(MAIL_DIR)
    .filter((f) => f.endsWith(".eml"))
    .sort();
  const out: Received[] = [];
  for (const file of files) {
    const mail = await simpleParser(readFileSync(path.join(MAIL_DIR, file)));
    const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
    if (to.includes(address.toLowerCase())) out.push(Object.assign(mail, { file }));
  }
  return out;
}

// Waits until `count` mails to `address` have arrived (mails go out after the answer).
export async function waitForMails(address: string, count = 1, timeoutMs = 20_000): Promise<Received[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) throw new Error(`${mails.length} of ${count} mails to ${address} arrived`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Waits for the first mail to `address` that `match` accepts.
export async function waitForMail(address: string, match: (mail: Received) => boolean, timeoutMs = 20_000): Promise<Received> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailsTo(address)).find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no such mail to ${address} arrived`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// The first link in a mail's text whose path starts with `pathStart`.
export function linkIn(mail: ParsedMail, pathStart: string): string {
  const url = (mail.text ?? "").match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname.startsWith(pathStart));
  if (!url) throw new Error(`no ${pathStart} link in "${mail.subject}"`);
  return url;
}

export async function smtp(action: "stop" | "start"): Promise<void> {
  await fetch(`http://127.0.0.1:${mailPorts().control}/smtp/${action}`, { method: "POST" });
}

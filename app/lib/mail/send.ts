import "server-only";
import { mkdir, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { mailConfig, type MailConfig } from "@/app/lib/mail/config";

// Sends one mail over SMTP, or writes it to the outbox folder when no SMTP_URL is set
// (the embedded default). The caller gives the Message-ID, so a mail sent again after a
// crash carries the same one and a mail system can drop the repeat.

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  // What the mail is (verify, reset, a reminder's kind): for the log, which never names the address.
  kind: string;
  headers?: Record<string, string>;
};

let config: MailConfig | null = null;
let transporter: Transporter | null = null;

export function mailSettings(): MailConfig {
  return (config ??= mailConfig());
}

function transport(): Transporter {
  const c = mailSettings();
  // Four pooled connections carry the reminder sweep's eight sends in flight
  // (app/lib/reminders/sweep.ts); two held 1,000 due reminders to 33 s (issue 18's bench).
  transporter ??=
    c.transport === "smtp"
      ? nodemailer.createTransport({ url: c.url, pool: true, maxConnections: 4, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

export async function sendMail(mail: Mail): Promise<void> {
  const c = mailSettings();
  const info = await transport().sendMail({
    from: c.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: mail.headers,
  });
  if (c.transport === "outbox") {
    // Written under a temporary name, then renamed: a reader never sees half a mail.
    await mkdir(c.dir, { recursive: true, mode: 0o700 });
    const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.kind}-${mail.messageId.replace(/[^a-z0-9]/gi, "").slice(0, 40)}.eml`;
    const file = path.join(c.dir, name);
    await writeFile(`${file}.part`, info.message as Buffer, { mode: 0o600 });
    await rename(`${file}.part`, file);
    console.log(`mail: ${mail.kind} written to the outbox (${name})`);
  } else {
    console.log(`mail: ${mail.kind} sent`);
  }
}

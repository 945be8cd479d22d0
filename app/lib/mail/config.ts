import path from "node:path";
import { publicUrl as sitePublicUrl } from "@/app/lib/net/public-url";

// Where mail goes, read once from the environment:
//   SMTP_URL            smtp://user:pass@host:587 (STARTTLS when offered) or smtps://...:465;
//                       unset: every mail is written as an .eml file to the outbox folder
//   ODJAVA_OUTBOX_DIR   that folder (default outbox/, ignored by git)
//   MAIL_FROM           the sender, e.g. "Odjava <odjava@example.rs>"
//   ODJAVA_PUBLIC_URL   the site's address, for the links in mails (default http://localhost:3000)
// A malformed value stops the app at start (instrumentation.ts) with the message below.

export type MailConfig = { from: string; publicUrl: string } & ({ transport: "smtp"; url: string } | { transport: "outbox"; dir: string });

export function mailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
  const publicUrl = sitePublicUrl(env);
  const from = (env.MAIL_FROM || `Odjava <odjava@${new URL(publicUrl).hostname}>`).trim();
  // "odjava@example.rs" or "Odjava <odjava@example.rs>"; no line break could sneak in a header.
  const parts = /^\s*(?:[^<>\r\n]+?\s*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(from);
  const address = parts?.[1] ?? parts?.[2] ?? "";
  if (!/^[^@\s]+@[^@\s]+$/.test(address)) throw new Error(`MAIL_FROM must be an address like "Odjava <odjava@example.rs>", not "${from}"`);
  const smtp = env.SMTP_URL;
  if (!smtp) return { transport: "outbox", dir: path.resolve(env.ODJAVA_OUTBOX_DIR || "outbox"), from, publicUrl };
  // Never echo the URL itself: it may hold a password.
  if (!URL.canParse(smtp)) throw new Error("SMTP_URL is not a URL; write it as smtp://user:password@host:587 or smtps://user:password@host:465");
  const url = new URL(smtp);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  if (!url.hostname) throw new Error("SMTP_URL names no host; write it as smtp://user:password@host:587");
  if (url.port && !(Number(url.port) >= 1 && Number(url.port) <= 65535)) throw new Error("SMTP_URL has a port that is not a number from 1 to 65535");
  return { transport: "smtp", url: smtp, from, publicUrl };
}

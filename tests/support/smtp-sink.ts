// An SMTP server inside a unit test (smtp-server), keeping what it receives parsed, and
// able to go down and come back on the same port.
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { freePort } from "./net.mjs";

export type Sink = { url: string; mails: ParsedMail[]; stop: () => Promise<void>; start: () => Promise<void> };

export async function smtpSink(): Promise<Sink> {
  const port = await freePort();
  const mails: ParsedMail[] = [];
  let server: SMTPServer | null = null;
  const start = () =>
    new Promise<void>((resolve) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream).then((m) => {
            mails.push(m);
            callback();
          }, callback);
        },
      });
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      if (!s) return resolve();
      s.close(() => resolve());
    });
  await start();
  return { url: `smtp://127.0.0.1:${port}`, mails, stop, start };
}

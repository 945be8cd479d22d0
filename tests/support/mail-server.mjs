// The test run's mail server: a real SMTP server (smtp-server) that the app under test
// sends to (SMTP_URL, tests/support/e2e-env.mjs), keeping each message it accepts as an
// .eml file in .tmp/mail/. A small HTTP port lets a test stop and start the SMTP side, as
// a mail server that goes down: POST /smtp/stop, POST /smtp/start; GET / answers when up.
// Started by Playwright's webServer before the app.
import { createServer } from "node:http";
import { mkdirSync, rmSync, writeFileSync, renameSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { MAIL_DIR, mailPorts } from "./mail-env.mjs";

const { smtp: smtpPort, control: controlPort } = mailPorts();
rmSync(MAIL_DIR, { recursive: true, force: true });
mkdirSync(MAIL_DIR, { recursive: true });

let count = 0;
function smtpServer() {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (c) => chunks.push(c));
      stream.on("end", () => {
        const name = `${String(++count).padStart(5, "0")}-${Date.now()}.eml`;
        // Written whole, then renamed: a test never reads half a message.
        writeFileSync(path.join(MAIL_DIR, `${name}.part`), Buffer.concat(chunks));
        renameSync(path.join(MAIL_DIR, `${name}.part`), path.join(MAIL_DIR, name));
        callback();
      });
    },
  });
}

let smtp = null;
const start = () =>
  new Promise((resolve) => {
    if (smtp) return resolve();
    smtp = smtpServer();
    smtp.listen(smtpPort, "127.0.0.1", resolve);
  });
const stop = () =>
  new Promise((resolve) => {
    if (!smtp) return resolve();
    const s = smtp;
    smtp = null;
    s.close(resolve);
  });

await start();
createServer(async (req, res) => {
  if (req.method === "POST" && req.url === "/smtp/stop") await stop();
  else if (req.method === "POST" && req.url === "/smtp/start") await start();
  res.end(smtp ? "up" : "down");
}).listen(controlPort, "127.0.0.1");

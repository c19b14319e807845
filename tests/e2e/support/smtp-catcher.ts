// A local SMTP server for end-to-end tests: keeps every mail it receives in memory and lists them as JSON on
// http://127.0.0.1:MAILBOX_PORT/messages. Started by Playwright's webServer before the app.
import { createServer } from "node:http";
import { SMTPServer } from "smtp-server";
import { MAILBOX_PORT, SMTP_PORT } from "./ports";

export type CaughtMail = { to: string[]; subject: string; text: string };

const mails: CaughtMail[] = [];

/** Enough of MIME for the plain-text mails the app sends (quoted-printable or base64 bodies, encoded subjects). */
function decodeMail(raw: string): { subject: string; text: string } {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(headers)?.[1]?.trim() ?? "";
  const body = rest.join("\n\n");
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8")
        : body;
  const subject = header("Subject").replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(data, "base64").toString("utf8")
      : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
  );
  return { subject, text };
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      mails.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), ...decodeMail(Buffer.concat(chunks).toString("latin1")) });
      callback();
    });
  },
});
smtp.listen(SMTP_PORT, "127.0.0.1");

createServer((request, response) => {
  response.setHeader("content-type", "application/json");
  response.end(request.url === "/health" ? "{}" : JSON.stringify(mails));
}).listen(MAILBOX_PORT, "127.0.0.1", () => console.log(`SMTP catcher on ${SMTP_PORT}, mailbox on http://127.0.0.1:${MAILBOX_PORT}/messages`));

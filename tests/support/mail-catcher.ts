// A local SMTP server that keeps what it receives: the only stand-in for a mail server in the tests.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** `headers`: every header line, by its lower-case name (folded lines joined). */
export type CaughtMail = { to: string[]; subject: string; text: string; headers: Record<string, string> };

const qp = (s: string) => s.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Enough of MIME for the plain-text mails the app sends (quoted-printable or base64 bodies, encoded subjects). */
export function decodeMail(raw: string): { subject: string; text: string; headers: Record<string, string> } {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(headers)?.[1]?.trim() ?? "";
  const body = rest.join("\n\n");
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? Buffer.from(qp(body.replace(/=\r?\n/g, "")), "latin1").toString("utf8")
        : body;
  const subject = header("Subject").replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    Buffer.from(
      kind.toUpperCase() === "B" ? data : qp(data.replace(/_/g, " ")),
      kind.toUpperCase() === "B" ? "base64" : "latin1",
    ).toString("utf8"),
  );
  const all = Object.fromEntries(
    headers.split(/\r?\n/).flatMap((line) => {
      const colon = line.indexOf(":");
      return colon > 0 ? [[line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]] : [];
    }),
  );
  return { subject, text, headers: all };
}

export type MailCatcher = { port: number; mails: CaughtMail[]; stop(): Promise<void> };

export async function startMailCatcher(port = 0): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          ...decodeMail(Buffer.concat(chunks).toString("latin1")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address() as AddressInfo;
  return { port: address.port, mails, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

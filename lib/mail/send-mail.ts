import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { readEnv } from "@/lib/env";
import { addToOutbox } from "./outbox";

/** `headers`: extra header lines (List-Unsubscribe on digests). */
export type Mail = { to: string; subject: string; text: string; headers?: Record<string, string> };

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

/**
 * Sends through SMTP_URL. Without it the mail goes to the server log and, outside production, to the dev
 * outbox page. Settings are read at send time so a test can point SMTP_URL at its own catcher.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const env = readEnv();
  if (env.SMTP_URL) {
    await transportFor(env.SMTP_URL).sendMail({
      from: env.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: mail.headers,
    });
    return;
  }
  console.info(
    `[mail] SMTP_URL is not set; not sent. To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n[/mail]`,
  );
  if (env.NODE_ENV !== "production") addToOutbox({ ...mail, sentAt: new Date() });
}

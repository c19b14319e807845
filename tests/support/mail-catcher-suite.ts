// The mail catcher of one Vitest file: a local SMTP server for the file (./mail-catcher.ts), SMTP_URL pointing the
// app's mailer at it, and its mailbox emptied before each test. Call it after the file's own beforeEach, so mail
// sent while a test's data is made (an account, an invitation) is cleared too.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startMailCatcher, type CaughtMail, type MailCatcher } from "./mail-catcher";

export function setUpMailCatcher(): { readonly mails: CaughtMail[] } {
  let catcher: MailCatcher | undefined;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await catcher?.stop();
  });
  beforeEach(() => {
    catcher!.mails.length = 0;
  });
  return {
    get mails() {
      return catcher!.mails;
    },
  };
}

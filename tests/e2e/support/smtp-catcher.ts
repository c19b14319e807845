// The SMTP catcher of an end-to-end run, started by Playwright's webServer before the app: mail arrives on
// SMTP_PORT and is listed as JSON on http://127.0.0.1:MAILBOX_PORT/messages.
import { createServer } from "node:http";
import { startMailCatcher } from "../../support/mail-catcher";
import { MAILBOX_PORT, SMTP_PORT } from "./ports";

const catcher = await startMailCatcher(SMTP_PORT);

createServer((request, response) => {
  response.setHeader("content-type", "application/json");
  response.end(request.url === "/health" ? "{}" : JSON.stringify(catcher.mails));
}).listen(MAILBOX_PORT, "127.0.0.1", () =>
  console.log(`SMTP catcher on ${SMTP_PORT}, mailbox on http://127.0.0.1:${MAILBOX_PORT}/messages`),
);

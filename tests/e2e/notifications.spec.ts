// Notifications end to end (issue #14, item 6): a visitor signs up for the weekly mail of new events from the events
// list's filters, without an account; the app's job sends the confirmation mail (caught by the local SMTP server);
// its link's page confirms it with a button; the one-click address (RFC 8058) ends it, and the unsubscribe page then
// says the link is spent. A moderator chooses a daily digest on the account page, in Russian.
import { expect, test } from "@playwright/test";
import { clientAddressOf, createAccount, mailTo, signIn, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

test.describe.configure({ mode: "serial" });

const suffix = Date.now().toString(36);
const READER = `reader-${suffix}@example.org`;
const MODERATOR = { email: uniqueEmail("notify-moderator"), password: "Copper-kettle-Batumi-1878" };

/** The path and query of the first link to `path` in a mail. */
function linkIn(text: string, path: string): string {
  const url = new URL(
    text
      .slice(text.indexOf("http"))
      .split(/\s/)
      .find((word) => word.includes(path))!,
  );
  return `${url.pathname}${url.search}`;
}

test("a visitor signs up from the events list, confirms from the mail, and unsubscribes with one click", async ({
  page,
  request,
}) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": clientAddressOf(READER) });
  await page.goto("/en/events?diaspora=armenian&country=RU");
  await page.getByRole("link", { name: /weekly e-mail of the new events/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Weekly mail of new events");
  const form = page.locator("form#subscribe");
  // The list's filters come along.
  await expect(form.getByRole("combobox", { name: "Diaspora" })).toHaveValue("armenian");
  await expect(form.getByRole("combobox", { name: "Country" })).toHaveValue("RU");

  await form.getByRole("textbox", { name: "Your e-mail address" }).fill("not an address");
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByRole("textbox", { name: "Your e-mail address" })).toHaveAccessibleDescription(
    /Enter an e-mail address such as name@example\.org\.$/,
  );
  await expect(form.getByRole("combobox", { name: "Diaspora" })).toHaveValue("armenian");
  await form.getByRole("textbox", { name: "Your e-mail address" }).fill(READER);
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByRole("status")).toHaveText(/^Almost done: we sent a link to this address\./);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/subscribe-en-phone.png", fullPage: true });

  const confirmation = await mailTo(READER);
  expect(confirmation.subject).toBe("Confirm your weekly mail of new events — Diaspora Atlas");
  expect(confirmation.text).toContain("Armenian diaspora, Russia");
  const confirm = linkIn(confirmation.text, "/subscribe/confirm");
  await page.goto(confirm);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm the weekly mail");
  await expect(page.getByRole("main")).toContainText(`Start the weekly mail of new events to ${READER}?`);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("status")).toHaveText("Confirmed. The first mail comes with the next new events.");
  await page.reload();
  await expect(page.getByRole("main")).toContainText("This address is confirmed already");

  // A mail client's one-click unsubscribe: a POST to the digest's address, no page, no cookie.
  const oneClick = confirm.replace(/^\/en\/subscribe\/confirm/, "/api/unsubscribe");
  const response = await request.post(oneClick, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(response.status()).toBe(200);
  await page.goto(confirm.replace("/subscribe/confirm", "/subscribe/unsubscribe"));
  await expect(page.getByRole("main")).toContainText("This link is not valid, or the mail was unsubscribed already");
});

test("a moderator chooses a daily digest of the queue on the account page, in Russian", async ({ page }) => {
  await createAccount({ ...MODERATOR, role: "moderator", extra: ["--diaspora", "armenian"] });
  await signIn(page, "ru", MODERATOR.email, MODERATOR.password);
  // Moderators land on their queue once signed in.
  await expect(page).toHaveURL(/\/ru\/moderate$/);
  await page.goto("/ru/account#mail");
  const section = page.locator("section#mail");
  const daily = section.getByRole("radio").nth(1);
  await expect(section.getByRole("radio").first()).toBeChecked();
  await daily.check();
  await section.getByRole("checkbox").uncheck();
  await section.getByRole("button").click();
  await expect(section.getByRole("status")).toBeVisible();
  await page.reload();
  await expect(page.locator("section#mail").getByRole("radio").nth(1)).toBeChecked();
  await expect(page.locator("section#mail").getByRole("checkbox")).not.toBeChecked();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/account-mail-ru.png", fullPage: true });
});

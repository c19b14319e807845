// Public proposals end to end (issue #14, item 5): a visitor without an account proposes an event from the Uzbek
// pages; bad input is answered beside its fields with what was typed kept; the proof of work runs in the browser
// (real Chromium, the app's own challenge endpoint) and the proposal is thanked. Without the check (its endpoint
// blocked) nothing is sent and the form says why, keeping the text; "Try again" runs it and the proposal goes. A
// moderator of the diaspora finds the proposals in the queue with the page to check, the note and the address, and
// approves one: the event is upcoming and cites the page. Screenshots at phone and desktop widths.
import { expect, test, type Page } from "@playwright/test";
import { clientAddressOf, createAccount, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { sessionStore } from "./support/sessions";

test.describe.configure({ mode: "serial" });

const MODERATOR = { email: uniqueEmail("proposals-moderator"), password: "Walnut-terrace-Gyumri-1926" };
const sessions = sessionStore("proposals");
const suffix = Date.now().toString(36);
const UZ_TITLE = `Navroʻz bayrami ${suffix}`;
const RU_TITLE = `Праздник Навруз ${suffix}`;
const EN_TITLE = `Armenian poetry evening ${suffix}`;
const SOURCE = `https://example.org/afisha/${suffix}`;
/** A day from today as a date input takes it, so the events are upcoming whenever the suite runs. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await createAccount({ ...MODERATOR, role: "moderator", extra: ["--global"] });
  await sessions.signInOnce(browser, "moderator", MODERATOR);
});

/** A visitor of their own address, so the hourly limit per address counts this run's proposals only. */
async function asVisitor(page: Page) {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": clientAddressOf(`visitor-${suffix}`) });
}

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const check = (page: Page) => page.locator("[data-check]");

test("a visitor proposes an event in Uzbek; bad input keeps what was typed; the check runs in the browser", async ({
  page,
}) => {
  await asVisitor(page);
  await page.goto("/uz/events");
  await page.locator('a[href="/uz/events/propose"]').click();
  await expect(page).toHaveURL(/\/uz\/events\/propose$/);
  const form = page.locator("form#propose-event");
  // Nothing is computed before the visitor begins.
  await expect(check(page)).toHaveAttribute("data-check", "idle");

  await field(page, "title.uz").fill(UZ_TITLE);
  await field(page, "sourceUrl").fill("ftp://example.org/afisha");
  await field(page, "email").fill("not an address");
  await form.locator('button[type="submit"]').click();
  const alert = form.getByRole("alert");
  await expect(alert).toBeFocused();
  // Each problem beside its field: the Russian-or-English title, the type, the day, the community, the page, the address.
  for (const name of ["title.ru", "type", "start", "diasporaIds", "sourceUrl", "email"])
    await expect(field(page, name), name).toHaveAttribute("aria-invalid", "true");
  await expect(field(page, "title.uz")).toHaveValue(UZ_TITLE);
  await expect(field(page, "sourceUrl")).toHaveValue("ftp://example.org/afisha");
  await expect(field(page, "email")).toHaveValue("not an address");
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/propose-event-errors-uz-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  await field(page, "title.ru").fill(RU_TITLE);
  await field(page, "type").selectOption("FESTIVAL");
  await field(page, "start").fill(day(25));
  await field(page, "diasporaIds").selectOption({ index: 1 });
  await field(page, "countryCode").selectOption("RU");
  await field(page, "city.uz").fill("Moskva");
  await field(page, "sourceUrl").fill(SOURCE);
  await field(page, "note").fill("Jamoa sahifasidagi eʼlon.");
  await field(page, "email").fill("visitor@example.org");
  await expect(check(page)).toHaveAttribute("data-check", "done", { timeout: 60_000 });
  await form.locator('button[type="submit"]').click();
  await expect(form.getByRole("status").first()).toBeVisible();
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expect(field(page, "title.uz")).toHaveValue("");
  // The used answer is replaced: a new check runs for the next proposal.
  await expect(check(page)).toHaveAttribute("data-check", "done", { timeout: 60_000 });
  await page.screenshot({ path: "test-results/propose-event-thanks-uz.png", fullPage: true });
});

test("without the anti-spam check nothing is sent, the form says why and keeps the text", async ({ page }) => {
  await asVisitor(page);
  await page.route("**/api/challenge", (route) => route.abort());
  await page.goto("/en/events/propose");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Propose an event");
  const form = page.locator("form#propose-event");
  await form.getByRole("textbox", { name: "Title" }).fill(EN_TITLE);
  await form.getByRole("combobox", { name: "Type of event" }).selectOption({ label: "Meeting" });
  await form.getByLabel("First day").fill(day(30));
  await form.getByRole("combobox", { name: "Community" }).selectOption({ label: "Armenian diaspora" });
  await form.getByRole("textbox", { name: "Page that says it" }).fill(SOURCE);
  await form.getByRole("textbox", { name: "A word to the moderators" }).fill("Seen on the community's page.");
  await expect(check(page)).toHaveAttribute("data-check", "failed");
  await expect(check(page)).toContainText("The anti-spam check could not run.");
  await form.getByRole("button", { name: "Send the proposal" }).click();
  await expect(form.getByRole("alert")).toHaveText(/^The anti-spam check has not finished, so nothing was sent\./);
  await expect(form.getByRole("textbox", { name: "Title" })).toHaveValue(EN_TITLE);
  await expect(form.getByRole("textbox", { name: "Page that says it" })).toHaveValue(SOURCE);
  await page.screenshot({ path: "test-results/propose-event-no-check-en.png", fullPage: true });

  await page.unroute("**/api/challenge");
  await check(page).getByRole("button", { name: "Try again" }).click();
  await expect(check(page)).toHaveAttribute("data-check", "done", { timeout: 60_000 });
  await form.getByRole("button", { name: "Send the proposal" }).click();
  await expect(form.getByRole("status").first()).toHaveText(/^Thank you\. Your proposal waits for a moderator/);
  await expectNoAxeViolations(page);
});

test("a moderator sees the proposals with the page to check and approves one: it is upcoming and cites the page", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "moderator");
  await page.goto("/en/moderate");
  const uzbek = page.getByRole("article").filter({ hasText: RU_TITLE });
  await expect(uzbek).toContainText("Proposed by a visitor without an account");
  await expect(uzbek).toContainText("writing in Uzbek");
  await expect(uzbek).toContainText("Jamoa sahifasidagi eʼlon.");
  await expect(uzbek.getByRole("row", { name: /Origin of the title \(uz\)/ })).toContainText("proposed by a visitor");
  await expect(uzbek.getByRole("button", { name: "Reject the proposal" })).toBeVisible();
  await expect(uzbek.getByRole("link", { name: "visitor@example.org" })).toHaveAttribute(
    "href",
    "mailto:visitor@example.org",
  );
  const entry = page.getByRole("article", { name: `New event: ${EN_TITLE}` });
  await expect(entry.getByRole("link", { name: SOURCE })).toHaveAttribute("href", SOURCE);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/propose-moderate-en.png", fullPage: true });
  await entry.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Published.");

  await page.goto("/en/events?diaspora=armenian");
  await page.getByRole("main").getByRole("link", { name: EN_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(EN_TITLE);
  // The visitor's words say whose they are; the page they named is cited.
  await expect(page.locator('[data-provenance="VISITOR"]').first()).toHaveText(
    "(proposed by a visitor, approved by a moderator)",
  );
  await expect(page.getByRole("main")).toContainText(`example.org/afisha/${suffix}`);
  await page.context().close();
});

test("the organization form on a phone, in Russian", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ru/organizations");
  await page.locator('a[href="/ru/organizations/propose"]').click();
  await expect(page.locator("form#propose-organization")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/propose-organization-ru-phone.png", fullPage: true });
});

// Calendar subscriptions end to end (issue #14, item 2), on the app's own database (PostgreSQL in CI, the embedded
// one without DATABASE_URL) and its own job worker: a calendar server on 127.0.0.1 (reachable only through the
// test-only TEST_FETCH_LOOPBACK_PORTS, playwright.config.ts) publishes two upcoming events of an Armenian
// organization. A curator subscribes (bad addresses are refused with the reason, nothing typed lost); the app's
// worker reads the calendar and both events wait in the moderation queue, marked as coming from it; approved, they
// are under "Upcoming" and in the feeds, citing the calendar. The calendar then changes one event and drops the
// other: "Read now" makes the change a new revision of the published event and flags the dropped one.
import { expect, test, type Page } from "@playwright/test";
import { calendarOf, vevent } from "../support/calendar-text";
import { createAccount, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { choose } from "./support/combobox";
import { serveOnLoopback } from "./support/loopback-site";
import { CALENDAR_PORT } from "./support/ports";
import { sessionStore } from "./support/sessions";

test.describe.configure({ mode: "serial" });

const CURATOR = { email: uniqueEmail("subs-curator"), password: "Apricot-orchard-Yerevan-1968" };
const MODERATOR = { email: uniqueEmail("subs-moderator"), password: "Lantern-over-Sevan-1930" };
const sessions = sessionStore("subscriptions");
const suffix = Date.now().toString(36);
const ORGANIZATION = "Association of Armenians of Russia";
const CALENDAR = `http://127.0.0.1:${CALENDAR_PORT}/${suffix}/center.ics`;
const CONCERT = `Spring concert ${suffix}`;
const LECTURE = `Lecture on the diaspora ${suffix}`;
const RENAMED = `Spring choir concert ${suffix}`;

/** A day from today as iCalendar writes it (20270315), so the events are upcoming whenever the suite runs. */
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10).replaceAll("-", "");
const calendar = (...events: string[]) => calendarOf(`Centre ${suffix}`, ...events);

let body = calendar(
  vevent(`concert-${suffix}@center.example`, day(20), CONCERT),
  vevent(`lecture-${suffix}@center.example`, day(40), LECTURE),
);
serveOnLoopback((req, res) => {
  if (req.url === `/${suffix}/center.ics`) {
    res.writeHead(200, { "Content-Type": "text/calendar; charset=utf-8" });
    return res.end(body);
  }
  if (req.url === "/page.html") {
    res.writeHead(200, { "Content-Type": "text/html" });
    return res.end("<!doctype html><title>Not a calendar</title>");
  }
  res.writeHead(404);
  res.end();
});

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await Promise.all([
    createAccount({ ...CURATOR, role: "curator", extra: ["--diaspora", "armenian"] }),
    createAccount({ ...MODERATOR, role: "moderator", extra: ["--global"] }),
  ]);
  await sessions.signInOnce(browser, "curator", CURATOR);
  await sessions.signInOnce(browser, "moderator", MODERATOR);
});

const card = (page: Page) => page.getByRole("article").filter({ hasText: CALENDAR });

test("a curator subscribes an organization's calendar; bad addresses are refused with the reason", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/en/curate");
  await page.getByRole("link", { name: "Calendar subscriptions" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Calendar subscriptions");
  await expect(page.getByText("No calendar is subscribed yet.")).toBeVisible();

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Subscribe" }) });
  // Nothing chosen yet: the organization is not preselected, and the empty form says what is missing.
  await expect(form.getByRole("combobox", { name: "Organization" })).toHaveValue("");
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByRole("alert")).toBeFocused();
  await expect(form.locator("#f-subscribe-organizationId-error")).toHaveText("Choose an organization.");
  await expect(form.locator("#f-subscribe-url-error")).toHaveText(
    "Enter an address starting with http:// or https://.",
  );
  await choose(form, "Organization", ORGANIZATION, "Associ");
  const url = form.getByLabel("Calendar or news feed address");
  for (const [address, message] of [
    [`http://127.0.0.1:${CALENDAR_PORT}/missing.ics`, "The calendar server answered with an error."],
    [
      `http://127.0.0.1:${CALENDAR_PORT}/page.html`,
      "This address gives neither an iCalendar calendar nor an RSS or Atom news feed.",
    ],
    ["http://169.254.169.254/latest/meta-data", "This address leads into a private network or to this server"],
  ] as const) {
    await url.fill(address);
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(form.getByRole("alert")).toBeFocused();
    await expect(form.locator("#f-subscribe-url-error")).toContainText(message);
    // What was typed stays.
    await expect(url).toHaveValue(address);
    await expect(form.getByRole("combobox", { name: "Organization" })).toHaveValue(ORGANIZATION);
  }
  await url.fill(CALENDAR);
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByRole("status")).toContainText("Subscribed.");
  // The form starts empty again for the next calendar.
  await expect(form.getByRole("combobox", { name: "Organization" })).toHaveValue("");
  await expect(url).toHaveValue("");
  await expect(card(page)).toContainText(ORGANIZATION);

  // The app's own worker reads the calendar within seconds of subscribing.
  await expect
    .poll(
      async () => {
        await page.reload();
        return (await card(page).textContent()) ?? "";
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toContain("2 events waiting for review");
  await expectNoAxeViolations(page);
  await page.context().close();
});

test("a moderator sees where the proposals come from and approves them; they are upcoming and in the feeds", async ({
  browser,
  request,
}) => {
  const page = await sessions.openAs(browser, "moderator");
  await page.goto("/en/moderate");
  for (const title of [CONCERT, LECTURE]) {
    const entry = page.getByRole("article", { name: `New event: ${title}` });
    await expect(entry).toContainText(`From the organization's calendar ${CALENDAR}`);
    await expect(entry.getByRole("row", { name: /Organizers/ })).toContainText(ORGANIZATION);
    await entry.getByRole("button", { name: "Approve and publish" }).click();
    await expect(page.getByRole("status")).toHaveText("Published.");
    await expect(entry).toHaveCount(0);
  }
  await page.goto("/en/events?diaspora=armenian");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: CONCERT })).toBeVisible();
  await expect(main.getByRole("link", { name: LECTURE })).toBeVisible();
  await main.getByRole("link", { name: CONCERT }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(CONCERT);
  await expect(page.getByRole("main")).toContainText(CALENDAR);
  for (const feed of ["/en/events/feed.ics?diaspora=armenian", "/en/events/feed.atom?diaspora=armenian"]) {
    const text = await (await request.get(feed)).text();
    expect(text, feed).toContain(CONCERT);
    expect(text, feed).toContain(LECTURE);
  }
  await page.context().close();
});

test("a changed event becomes a new revision of the published one; a dropped one is flagged, not deleted", async ({
  browser,
}) => {
  body = calendar(vevent(`concert-${suffix}@center.example`, day(20), RENAMED));
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/en/curate/subscriptions");
  await card(page).getByRole("button", { name: "Read now" }).click();
  await expect(card(page).getByRole("status")).toContainText("Queued");
  const details = await card(page).getByRole("link", { name: "Events of this calendar" }).getAttribute("href");
  await page.goto(details!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Events of this calendar");
  const lecture = page.getByRole("row", { name: new RegExp(LECTURE) });
  await expect
    .poll(
      async () => {
        await page.reload();
        return (await lecture.count()) ? await lecture.textContent() : "";
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toContain("No longer in the calendar since");
  // The row names the event as the calendar now does.
  await expect(page.getByRole("row", { name: new RegExp(RENAMED) })).toContainText("Waiting for review");
  // The lecture stays published.
  await expect(page.getByRole("row", { name: new RegExp(LECTURE) }).getByRole("link", { name: LECTURE })).toBeVisible();
  await page.context().close();

  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/en/moderate");
  const change = moderator.getByRole("article", { name: `Change to ${RENAMED}` });
  await expect(change).toContainText(`From the organization's calendar ${CALENDAR}`);
  const title = change.getByRole("row", { name: /Title \(en\)/ });
  await expect(title).toContainText(CONCERT);
  await expect(title).toContainText(RENAMED);
  await moderator.context().close();
});

test("in Russian a bad address is refused in Russian, the organization kept; hy at 390 px fits and is axe-clean", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/ru/curate/subscriptions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Подписки на календари");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Подписаться" }) });
  await choose(form, "Организация", "Объединение армян России", "Объед");
  await form.getByLabel("Адрес календаря или ленты новостей").fill("ftp://calendar.example/c.ics");
  await form.getByRole("button", { name: "Подписаться" }).click();
  await expect(form.locator("#f-subscribe-url-error")).toHaveText(
    "Введите адрес, начинающийся с http:// или https://.",
  );
  await expect(form.getByLabel("Адрес календаря или ленты новостей")).toHaveValue("ftp://calendar.example/c.ics");
  await expect(form.getByRole("combobox", { name: "Организация" })).toHaveValue("Объединение армян России");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/hy/curate/subscriptions");
  await expect(page.locator("html")).toHaveAttribute("lang", "hy");
  await expect(card(page)).toBeVisible();
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  await page.screenshot({ path: "test-results/subscriptions-hy-390.png", fullPage: true });
  await expectNoAxeViolations(page);
  await page.context().close();
});

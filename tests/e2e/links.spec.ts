// The link monitor end to end (issue #14, item 3), on the app's own database and job worker: a web server on
// 127.0.0.1 (reachable only through the test-only TEST_FETCH_LOOPBACK_PORTS, playwright.config.ts) answers 404 for
// everything. A curator adds a website at that server to an Armenian organization; once a moderator approves the
// edit, the new address is checked at once and waits in the curators' queue as failing; the curator's "Check again
// now" makes it broken ("unreachable since …"), which its profile says in English and in Armenian, and /stats counts
// it among the organizations checked this month. The app's own rounds are off here (they would check the seed's
// addresses on the internet).
import { expect, test, type Page } from "@playwright/test";
import { createAccount, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { serveOnLoopback } from "./support/loopback-site";
import { sessionStore } from "./support/sessions";

test.describe.configure({ mode: "serial" });

const CURATOR = { email: uniqueEmail("links-curator"), password: "Apricot-orchard-Yerevan-1968" };
const MODERATOR = { email: uniqueEmail("links-moderator"), password: "Lantern-over-Sevan-1930" };
const sessions = sessionStore("links");
const suffix = Date.now().toString(36);
const SLUG = "association-of-armenians-of-russia";

// The dead site: every address 404, robots.txt included (so everything is allowed).
const requested: string[] = [];
const { origin } = serveOnLoopback((req, res) => {
  requested.push(req.url ?? "");
  res.writeHead(404);
  res.end();
});
const DEAD = `${origin}/${suffix}/gone`;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await Promise.all([
    createAccount({ ...CURATOR, role: "curator", extra: ["--diaspora", "armenian"] }),
    createAccount({ ...MODERATOR, role: "moderator", extra: ["--global"] }),
  ]);
  await sessions.signInOnce(browser, "curator", CURATOR);
  await sessions.signInOnce(browser, "moderator", MODERATOR);
});

/** The queue's entry for the organization's address, after reloading until it is in the given state. */
async function queueShows(page: Page, state: "failing" | "broken") {
  const item = page.locator(`[data-organization="${SLUG}"] li`).filter({ hasText: DEAD });
  await expect(async () => {
    await page.goto("/en/curate/links");
    await expect(item).toHaveAttribute("data-link-state", state, { timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000] });
  return item;
}

test("a new address that does not answer is checked at once, then broken, in the queue, on the profile, in /stats", async ({
  browser,
}) => {
  const curator = await sessions.openAs(browser, "curator");
  await curator.goto("/en/curate/links");
  await expect(curator.getByRole("heading", { level: 1 })).toHaveText("Broken links");
  await expect(curator.locator(`[data-organization="${SLUG}"]`)).toHaveCount(0);

  await curator.goto(`/en/curate/organizations/${SLUG}/edit`);
  await curator.getByRole("group", { name: "Channel 1" }).getByRole("textbox", { name: "Address (URL)" }).fill(DEAD);
  await curator.getByRole("button", { name: "Send for review" }).click();
  await expect(curator).toHaveURL(/\/en\/curate\?submitted=1$/);

  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/en/moderate");
  const entry = moderator.getByRole("article").filter({ hasText: DEAD });
  await entry.getByRole("textbox", { name: "Why no source is needed" }).fill("Test of the link monitor");
  await entry.getByRole("button", { name: "Approve and publish" }).click();
  await expect(moderator.getByRole("status")).toHaveText("Published.");
  await moderator.context().close();

  // Checked once the edit is published: robots.txt asked first, then the page; one failure is not yet "broken".
  const failing = await queueShows(curator, "failing");
  await expect(failing).toContainText(/Failed on .+; checked again soon — Last check .+: HTTP 404/);
  expect(requested).toEqual([`/robots.txt`, `/${suffix}/gone`]);
  await expectNoAxeViolations(curator);

  // The curator asks for another check: a second failure in a row makes it broken.
  const card = curator.locator(`[data-organization="${SLUG}"]`);
  await card.getByRole("button", { name: "Check again now" }).click();
  await expect(card.getByRole("status")).toHaveText(
    "Queued: the organization's addresses will be checked within a minute.",
  );
  const broken = await queueShows(curator, "broken");
  await expect(broken).toContainText(/Unreachable since .+ — Last check .+: HTTP 404/);
  await expect(
    curator.locator(`[data-organization="${SLUG}"]`).getByRole("link", { name: "Edit the entry" }),
  ).toHaveAttribute("href", `/en/curate/organizations/${SLUG}/edit`);

  // The curator's landing page counts it.
  await curator.goto("/en/curate");
  await expect(curator.getByRole("link", { name: /^Broken links \(\d+\)$/ })).toBeVisible();

  // Readers see it on the profile, in English and in Armenian.
  await curator.goto(`/en/organizations/${SLUG}`);
  const channel = curator.locator("li").filter({ hasText: DEAD });
  await expect(channel.locator("[data-link-check]")).toHaveAttribute("data-link-check", "broken");
  await expect(channel).toContainText(/unreachable since .+ \(HTTP 404\)/);
  await curator.goto(`/hy/organizations/${SLUG}`);
  const armenian = curator.locator("li").filter({ hasText: DEAD });
  await expect(armenian.locator("[data-link-check]")).toHaveAttribute("data-link-check", "broken");
  await expect(armenian).toContainText("HTTP 404");
  await expect(armenian).not.toContainText("unreachable since");

  // /stats: the organization counts among those checked this month, unreachable.
  await curator.goto("/en/stats?diaspora=armenian");
  const month = curator.locator(`#link-checks tr[data-month="${new Date().toISOString().slice(0, 7)}"]`);
  await expect(month.locator("td").first()).not.toHaveText("0");
  await expect(month.locator("td").nth(2)).not.toHaveText(/^0 /);
  await curator.context().close();
});

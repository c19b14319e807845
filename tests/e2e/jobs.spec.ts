// The admins' job page (issue #14, item 1): the kinds of background job with their schedules, "run now", and the
// runs the app's own worker completes (the app runs its jobs in process by default). In English at desktop width
// and in Kazakh on a phone; axe-clean. Who may not see it: access.spec.ts.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createAccount, uniqueEmail } from "./support/accounts";
import { sessionStore } from "./support/sessions";

const ADMIN = { email: uniqueEmail("jobs-admin"), password: "Harbour-lantern-Aral-1991" };
const sessions = sessionStore("jobs");

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await createAccount({ ...ADMIN, role: "admin" });
  await sessions.signInOnce(browser, "admin", ADMIN);
});

test("an admin finds the jobs in the account menu, runs the purge now and reads its report", async ({ browser }) => {
  const page = await sessions.openAs(browser, "admin");
  await page.goto("/en/account");
  const menu = page
    .getByRole("banner")
    .locator("details")
    .filter({ has: page.locator('a[href="/en/admin/jobs"]') });
  await menu.locator("summary").click();
  await menu.getByRole("link", { name: "Jobs", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/admin\/jobs$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Background jobs");
  const purge = page.locator('tr[data-job="purge-expired"]');
  await expect(purge.getByRole("rowheader")).toContainText("Purge expired data");
  await expect(purge).toContainText("17 3 * * *");
  await expectNoAxeViolations(page);

  await purge.getByRole("button", { name: "Run now" }).click();
  await expect(page.getByText("Queued: a worker will run it within seconds.")).toBeVisible();
  // The app's worker takes it within a polling interval or two (scheduled jobs complete runs of their own meanwhile).
  const run = page.locator('tr[data-state="completed"]').filter({ hasText: "Purge expired data" }).first();
  await expect
    .poll(
      async () => {
        await page.goto("/en/admin/jobs?state=completed");
        return run.count();
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBeGreaterThan(0);
  await expect(run).toContainText("Purge expired data");
  await expect(run).toContainText(/Deleted: \d+ sessions, \d+ one-time tokens/);
  await expect(page.getByRole("link", { name: /^Completed \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
  await page.context().close();
});

test("kk at 390 px: the page is in Kazakh, fits the screen and is axe-clean", async ({ browser }) => {
  const page = await sessions.openAs(browser, "admin");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/kk/admin/jobs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Фондық тапсырмалар");
  await expect(page.locator('tr[data-job="purge-expired"]')).toContainText("Ескірген деректерді жою");
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  await expectNoAxeViolations(page);
  await page.context().close();
});

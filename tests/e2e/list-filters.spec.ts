// The list pages' filters (issue 15, item 3): applied on change, clean addresses, values in any case, a heading and
// removable chips saying what is shown, the default sort named, a way back to the filtered list from a profile, and
// on phones the results first with the filters behind "Filters (n)".
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/shared-page";
import { expectNoAxeViolations } from "./support/axe";
import { choose } from "./support/combobox";
import { holdScripts } from "./support/slow-scripts";

/** The results' links (not the time tabs above the events, which are a list of links too, nor the feed's aside). */
const RESULTS = "main section[aria-labelledby='results-heading'] ul:not(nav ul):not(aside ul) > li > a";

/** Diaspora organizations of the seed (related institutions are their own tab) with a diaspora and a country. */
const seedOrganizations = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/data/atlas.json"), "utf8")) as {
    organizations: { slug: string; category?: string; diasporas?: string[]; countries?: string[] }[];
  }
).organizations.filter((o) => o.category !== "RELATED_INSTITUTION");
const azerbaijani = seedOrganizations.filter((o) => o.diasporas?.includes("azerbaijani"));
const azerbaijaniInRussia = azerbaijani.filter((o) => o.countries?.includes("RU"));

test("a heading and chips say what is shown; a chip removes its filter; values are read in any case", async ({
  page,
}) => {
  expect(azerbaijaniInRussia.length).toBeGreaterThan(1);
  expect(azerbaijani.length).toBeGreaterThan(azerbaijaniInRussia.length);
  await page.goto("/en/organizations?country=ru&diaspora=Azerbaijani");
  const heading = page.locator("#results-heading");
  await expect(heading).toHaveText(`Azerbaijani diaspora · Russia — ${azerbaijaniInRussia.length} organizations`);
  await expect(page.locator(RESULTS)).toHaveCount(azerbaijaniInRussia.length);
  const filters = page.getByRole("search", { name: "Filter organizations" });
  await expect(filters.getByLabel("Host country")).toHaveValue("Russia");
  await expect(filters.getByLabel("Diaspora")).toHaveValue("azerbaijani");

  const chips = page.getByRole("group", { name: "Active filters" });
  await expect(chips.getByRole("link")).toHaveText(["Diaspora: Azerbaijani diaspora×", "Host country: Russia×"]);
  await chips.getByRole("link", { name: "Remove filter: Host country: Russia" }).click();
  await expect(page).toHaveURL(/\/en\/organizations\?diaspora=azerbaijani$/);
  await expect(heading).toHaveText(`Azerbaijani diaspora — ${azerbaijani.length} organizations`);
  // The form follows the address although it was not rendered anew.
  await expect(filters.getByLabel("Host country")).toHaveValue("");
  await chips.getByRole("link", { name: "Remove filter: Diaspora: Azerbaijani diaspora" }).click();
  await expect(page).toHaveURL(/\/en\/organizations$/);
  await expect(chips).toHaveCount(0);
  await expect(heading).toHaveText(/^\d+ organizations$/);

  // Russian: the same, in Russian plural forms.
  await page.goto("/ru/organizations?country=RU&diaspora=azerbaijani");
  await expect(page.locator("#results-heading")).toHaveText(
    new RegExp(`^Азербайджанская диаспора · Россия — ${azerbaijaniInRussia.length} организаци[ияй]$`),
  );
});

test("filters apply on change into addresses without empty values, and the default sort is named", async ({ page }) => {
  await page.goto("/en/organizations");
  const filters = page.getByRole("search", { name: "Filter organizations" });
  await expect(filters.getByLabel("Sort by").locator("option").first()).toHaveText("Name (default)");
  await choose(filters, "Host country", /^Russia/, "rus");
  // No "Apply": the choice alone loads the list, and only the chosen field is in the address.
  await expect(page).toHaveURL(/\/en\/organizations\?country=RU$/);
  await expect(page.getByRole("group", { name: "Active filters" }).getByRole("link")).toHaveText([
    "Host country: Russia×",
  ]);
  await filters.getByLabel("Words in the name or description").fill("Ojag");
  await expect(page).toHaveURL(/\/en\/organizations\?q=Ojag&country=RU$/);
  await expect(page.locator(RESULTS).first()).toHaveText("Ojag Society");
  await expect(filters.getByLabel("Sort by").locator("option").first()).toHaveText("Relevance (default)");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/en\/organizations\?q=Ojag&country=RU$/);

  // The events list does the same; its time tab stays chosen.
  await page.goto("/en/events?when=past");
  const eventFilters = page.getByRole("search", { name: "Filter events" });
  await choose(eventFilters, "Country", /^Russia/, "Рус");
  await expect(page).toHaveURL(/\/en\/events\?when=past&country=RU$/);
  await expect(page.getByRole("group", { name: "Active filters" }).getByRole("link")).toHaveText(["Country: Russia×"]);
  await expect(page.locator("#results-heading")).toHaveText(/^Russia — \d+ events?$/);
});

test("a choice made before the page's script has run is applied once it runs", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A slow phone: the scripts arrive a while after the HTML, so the select is changed with no listener on it.
  const release = await holdScripts(page);
  await page.goto("/en/events?when=past", { waitUntil: "commit" });
  await page.getByRole("search", { name: "Filter events" }).getByLabel("Country").selectOption("RU");
  await expect(page).toHaveURL(/\/en\/events\?when=past$/);
  release();
  await expect(page).toHaveURL(/\/en\/events\?when=past&country=RU$/);
  await expect(page.locator("#results-heading")).toHaveText(/^Russia — \d+ events?$/);
  await context.close();
});

test("without JavaScript the form still applies, and the proxy drops its empty values", async ({
  browser,
  request,
}) => {
  const redirect = await request.get("/en/organizations?q=&country=RU&type=&sort=", { maxRedirects: 0 });
  expect(redirect.status()).toBe(303);
  const location = new URL(redirect.headers().location!, "http://atlas.test");
  expect(location.pathname + location.search).toBe("/en/organizations?country=RU");
  const clean = await request.get("/en/events?when=past&country=RU", { maxRedirects: 0 });
  expect(clean.status()).toBe(200);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/events?when=past");
  const filters = page.getByRole("search", { name: "Filter events" });
  await filters.getByLabel("Type").selectOption({ index: 1 });
  const type = await filters.getByLabel("Type").inputValue();
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/events\\?when=past&type=${type}$`));
  // The profile's way back is the plain list when no script remembers the filtered one.
  await page.goto("/en/organizations/ojag");
  await expect(page.getByRole("link", { name: "← All organizations" })).toHaveAttribute("href", "/en/organizations");
  await context.close();
});

test("a profile's link back returns to the filtered list it was opened from; the profile's address stays clean", async ({
  page,
}) => {
  await page.goto("/en/organizations?diaspora=azerbaijani&country=RU&sort=founded");
  await page.locator(RESULTS).first().click();
  await expect(page).toHaveURL(/\/en\/organizations\/[a-z0-9-]+$/);
  // The list's own canonical link leaves the head once the profile's metadata has replaced it (streamed after the
  // page: on a busy machine, seconds after the address changed).
  const canonical = page.locator("link[rel=canonical]");
  await expect(canonical).toHaveCount(1, { timeout: 15_000 });
  await expect(canonical).toHaveAttribute("href", /\/en\/organizations\/[a-z0-9-]+$/);
  await page.getByRole("link", { name: "← All organizations" }).click();
  await expect(page).toHaveURL(/\/en\/organizations\?country=RU&diaspora=azerbaijani&sort=founded$/);
  await expect(page.getByRole("search", { name: "Filter organizations" }).getByLabel("Host country")).toHaveValue(
    "Russia",
  );

  await page.goto("/en/events?when=past&country=RU");
  await page.locator(RESULTS).first().click();
  await expect(page).toHaveURL(/\/en\/events\/[a-z0-9-]+$/);
  await page.getByRole("link", { name: "← All events" }).click();
  await expect(page).toHaveURL(/\/en\/events\?country=RU&when=past$/);
});

for (const locale of ["ru", "hy"] as const) {
  test(`390 px (${locale}): the results come first, the filters open from "Filters (n)" and apply there`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const list of ["organizations", "events?when=past"]) {
      await page.goto(`/${locale}/${list}`);
      const first = await page.locator(RESULTS).first().boundingBox();
      expect(first!.y + first!.height).toBeLessThanOrEqual(844);
      await expect(page.locator("main form[role=search]")).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }

    await page.goto(`/${locale}/organizations?country=RU`);
    const toggle = page.locator("main summary");
    await expect(toggle).toHaveText(/\(1\)/);
    const form = page.locator("#organization-filters");
    await expect(form).toBeHidden();
    await toggle.click();
    await expect(form).toBeVisible();
    await form.locator("select[name=diaspora]").selectOption("azerbaijani");
    await expect(page).toHaveURL(new RegExp(`/${locale}/organizations\\?country=RU&diaspora=azerbaijani$`));
    await expect(toggle).toHaveText(/\(2\)/);
    // The sheet stays open for the next choice.
    await expect(form).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/events?when=past&country=RU`);
    await page.locator("main summary").click();
    await expect(page.locator("#event-filters")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("1366 px: the filters stand beside the results, without the phone's button; axe finds nothing", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/hy/organizations?country=RU&diaspora=azerbaijani");
  await expect(page.locator("#organization-filters")).toBeVisible();
  await expect(page.locator("main summary")).toBeHidden();
  const form = (await page.locator("#organization-filters").boundingBox())!;
  const results = (await page.locator("#results-heading").boundingBox())!;
  expect(results.x).toBeGreaterThan(form.x + form.width);
  await expectNoAxeViolations(page);
});

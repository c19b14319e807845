// Diaspora and host-country pages: from the home page to a diaspora, its presence table, a host country and
// an organization there, in every UI language; canonical country codes and localized 404s.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/shared-page";
import { axeViolations, expectNoAxeViolations } from "./support/axe";

const journeys = [
  {
    locale: "ru",
    diaspora: "Азербайджанская диаспора",
    presence: "Присутствие по странам пребывания",
    country: "Россия",
    population: "600\u00a0000",
    kicker: "Страна пребывания",
    organizations: "Организации в стране",
    organization: /Азербайджанское молодёжное объединение России/,
  },
  {
    locale: "en",
    diaspora: "Azerbaijani diaspora",
    presence: "Presence by host country",
    country: "Russia",
    population: "600,000",
    kicker: "Host country",
    organizations: "Organizations based here",
    organization: /Azerbaijani Youth Organization of Russia/,
  },
  {
    locale: "az",
    diaspora: "Azərbaycan diasporu",
    presence: "Qəbul edən ölkələr üzrə mövcudluq",
    country: "Rusiya",
    population: "600.000",
    kicker: "Qəbul edən ölkə",
    organizations: "Ölkədəki təşkilatlar",
    // AMOR has no Azerbaijani name; a Latin-script page shows its English one before its Russian one.
    organization: /Azerbaijani Youth Organization of Russia/,
  },
];

for (const j of journeys) {
  test(`${j.locale}: home → diaspora → presence table → host country → organization`, async ({ page }) => {
    await page.goto(`/${j.locale}`);
    await page.getByRole("link", { name: j.diaspora, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${j.locale}/diasporas/azerbaijani$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(j.diaspora);

    const presence = page.getByRole("region", { name: j.presence });
    const russia = presence.getByRole("row", { name: new RegExp(j.country) });
    await expect(russia.getByRole("cell").nth(0)).toHaveText(j.population);
    await expect(russia.getByRole("cell").nth(1)).toHaveText("2010");
    await expect(russia.getByRole("cell").nth(2)).toContainText("600");
    // The figure's source number points into the reference list, at the place in the article it comes from.
    await russia.getByRole("link", { name: /\d/ }).click();
    await expect(page.locator(":target")).toContainText("The diasporas of CIS countries and their institutions");

    await presence.getByRole("link", { name: j.country, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${j.locale}/countries/RU$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(j.country);
    await expect(page.getByText(j.kicker, { exact: true })).toBeVisible();

    const organizations = page.getByRole("region", { name: j.organizations });
    await organizations.getByRole("link", { name: j.organization }).click();
    await expect(page).toHaveURL(new RegExp(`/${j.locale}/organizations/amor$`));
    // The profile links back to its diaspora and host country.
    await page.getByRole("link", { name: j.diaspora, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${j.locale}/diasporas/azerbaijani$`));
  });
}

test("the header links to the diaspora and country lists, which show their counts", async ({ page }) => {
  await page.goto("/en");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await nav.getByRole("link", { name: "Diasporas" }).click();
  await expect(page).toHaveURL(/\/en\/diasporas$/);
  const kazakh = page.getByRole("row", { name: /Kazakh diaspora/ });
  // One host country: the row inferred from the Shanghai march is gone (docs/research/seed-review.md §7).
  await expect(kazakh.getByRole("cell")).toHaveText(["Kazakh", "Kazakhstan", "0", "1"]);

  await nav.getByRole("link", { name: "Countries" }).click();
  await expect(page).toHaveURL(/\/en\/countries$/);
  // Diaspora organizations based there, as /en/organizations?country=RU lists them.
  await expect(page.getByRole("row", { name: /^Russia/ }).getByRole("cell")).toHaveText(["6", "7", "6"]);
  // Only countries the atlas holds something about, not all 249 ISO codes.
  const rows = await page.getByRole("rowheader").allTextContents();
  expect(rows.length).toBeLessThan(20);
  expect(rows).not.toContain("Germany");
});

/** The seed's diaspora names, by slug and language (prisma/seed/data/atlas.json). */
const seedDiasporas = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/data/atlas.json"), "utf8")) as {
    diasporas: { slug: string; names: Record<string, string> }[];
  }
).diasporas;

test("kk: the diaspora list reads in Kazakh, and profiles mark the Kazakh names as the atlas's", async ({ page }) => {
  await page.goto("/kk/diasporas");
  const table = page.getByRole("table");
  // Every diaspora by its Kazakh name, none in a fallback language (issue #15, item 7).
  const names = await table.getByRole("rowheader").allTextContents();
  expect(names.toSorted()).toEqual(seedDiasporas.map((d) => d.names.kk).toSorted());
  await expect(table.getByRole("rowheader").getByRole("link", { name: "Армян диаспорасы", exact: true })).toBeVisible();
  await expect(table.locator("[data-fallback-language]")).toHaveCount(0);

  await table.getByRole("link", { name: "Армян диаспорасы", exact: true }).click();
  await expect(page).toHaveURL(/\/kk\/diasporas\/armenian$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Армян диаспорасы");
  // No source names the Armenian diaspora in any language: its Kazakh name is the atlas's own wording.
  const kazakh = page.locator('li:has(> span[lang="kk"])');
  await expect(kazakh).toContainText("Армян диаспорасы");
  await expect(kazakh.locator("[data-provenance]")).toHaveText("(атауы атлас жазуында)");
  await expect(kazakh.locator("[data-provenance]")).toHaveAttribute("data-provenance", "ATLAS");
  await expectNoAxeViolations(page);

  // The article names the Azerbaijani diaspora in English: the Kazakh name is the atlas's translation of it.
  await page.goto("/kk/diasporas/azerbaijani");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Әзербайжан диаспорасы");
  await expect(kazakh.locator("[data-provenance]")).toHaveText("(атлас аударған)");
  await expect(page.locator('li:has(> span[lang="en"])').locator("[data-provenance]")).toHaveCount(0);
});

test("host countries are sorted in the page language's alphabet", async ({ page }) => {
  for (const locale of ["ru", "az"]) {
    await page.goto(`/${locale}/countries`);
    const names = await page.getByRole("rowheader").allTextContents();
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual([...names].sort(new Intl.Collator(locale).compare));
  }
});

test("a lower-case country code redirects to the canonical upper-case address", async ({ page, request }) => {
  const response = await request.get("/en/countries/ru", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(/\/en\/countries\/RU$/);
  await page.goto("/en/countries/ru");
  await expect(page).toHaveURL(/\/en\/countries\/RU$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia");
});

test("unknown diasporas and country codes get the localized 404", async ({ page }) => {
  for (const [path, title] of [
    ["/en/countries/XX", "Page not found"],
    ["/en/countries/xx", "Page not found"],
    ["/en/countries/russia", "Page not found"],
    ["/en/diasporas/nope", "Page not found"],
    ["/ru/diasporas/nope", "Страница не найдена"],
    ["/az/countries/R1", "Səhifə tapılmadı"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  }
});

test("a valid country without data shows a friendly empty page that search engines skip", async ({ page }) => {
  const response = await page.goto("/en/countries/DE");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Germany");
  await expect(
    page.getByText("The atlas has no organizations, diasporas or events in this country yet."),
  ).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "See the countries the atlas covers" }).click();
  await expect(page).toHaveURL(/\/en\/countries$/);
});

// axe at desktop width. The Russian and English lists and Russia's page are responsive-sweep.spec.ts's (axe at 320 and
// 1366 px on the page it has loaded anyway, in five languages); English Germany is the empty-page test's above.
const SWEPT = new Set([
  "/ru/diasporas",
  "/en/diasporas",
  "/ru/countries",
  "/en/countries",
  "/ru/countries/RU",
  "/en/countries/RU",
]);
const axeUrls = ["ru", "en", "az"]
  .flatMap((locale) =>
    [
      "/diasporas",
      "/diasporas/azerbaijani",
      "/diasporas/circassian",
      "/countries",
      "/countries/RU",
      "/countries/DE",
    ].map((path) => `/${locale}${path}`),
  )
  .filter((url) => !SWEPT.has(url) && url !== "/en/countries/DE");

// One test on the shared page: a test per address cost a page reset each; every check is soft and names its address.
test("the diaspora and country pages in ru, en and az have no accessibility violations", async ({ page }) => {
  test.setTimeout(15_000 * axeUrls.length);
  for (const url of axeUrls) {
    await page.goto(url);
    expect.soft(await axeViolations(page), `${url}: axe`).toEqual([]);
  }
});

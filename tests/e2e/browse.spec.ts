import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/shared-page";
import { switchLanguage } from "./language";
import { choose } from "./support/combobox";

/** The result list's links (the category tabs above it are links in a list too). */
/** The results' links: not the feed's (an aside after them), nor the pagination's. */
const RESULTS = "main section[aria-labelledby='results-heading'] ul:not(aside ul) li > a";

test("a visitor opens the home page, then an organization from the list", async ({ page }) => {
  await page.goto("/ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Организации диаспор народов постсоветских стран");
  await expect(page.getByRole("region", { name: "Атлас в цифрах" })).toContainText("организац");

  await page.getByRole("link", { name: "Все организации" }).click();
  await expect(page).toHaveURL(/\/ru\/organizations$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Организации");

  await page.getByRole("link", { name: "Азербайджанское молодёжное объединение России" }).click();
  await expect(page).toHaveURL(/\/ru\/organizations\/amor$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Азербайджанское молодёжное объединение России");
  await expect(page.getByRole("heading", { name: "Источники" })).toBeVisible();
  // The website comes with the footnote that gives its URL.
  const channelRef = page.getByRole("heading", { name: /Присутствие в сети/ }).getByRole("link");
  await channelRef.click();
  await expect(page.locator(":target")).toContainText("amor.az");
});

test("switching the language keeps the page and shows it in Russian", async ({ page }) => {
  await page.goto("/en/organizations/amor");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Azerbaijani Youth Organization of Russia");
  await switchLanguage(page, "Русский");
  await expect(page).toHaveURL(/\/ru\/organizations\/amor$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Азербайджанское молодёжное объединение России");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
});

test("the list pages forward and back, keeping the page number across languages", async ({ page }) => {
  // The related institutions are more than a page (the diaspora organizations fit on one).
  await page.goto("/en/organizations?category=RELATED_INSTITUTION");
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/en\/organizations\?category=RELATED_INSTITUTION&page=2$/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  await switchLanguage(page, "Русский");
  await expect(page).toHaveURL(/\/ru\/organizations\?category=RELATED_INSTITUTION&page=2$/);
  await expect(page.getByText(/Страница 2 из \d+/)).toBeVisible();
});

test("a national-language page marks content shown in a fallback language, Latin before Cyrillic in a Latin script", async ({
  page,
}) => {
  // AMOR has no Azerbaijani or Kazakh name in the atlas (Ojag has one since the seed's corrections). Azerbaijani
  // is written in Latin letters, so its page falls back to the English name; the Kazakh page to the Russian one.
  await page.goto("/az/organizations/amor");
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  const title = page.getByRole("heading", { level: 1 });
  await expect(title.locator('[lang="en"]')).toHaveText("Azerbaijani Youth Organization of Russia");
  await expect(title.locator("[data-fallback-language]")).toHaveAttribute("data-fallback-language", "en");
  // The profile's names start with the page's chain: English, then Russian.
  await expect(page.locator("[data-name-locale]")).toHaveText([
    /Azerbaijani Youth Organization of Russia/,
    /Азербайджанское молодёжное объединение России/,
  ]);

  await page.goto("/kk/organizations/amor");
  await expect(title.locator('[lang="ru"]')).toHaveText("Азербайджанское молодёжное объединение России");
  await expect(title.locator("[data-fallback-language]")).toHaveAttribute("data-fallback-language", "ru");
  await expect(page.locator("[data-name-locale]")).toHaveText([/Азербайджанское/, /Azerbaijani Youth/]);
});

test("/ redirects by Accept-Language, defaulting to Russian", async ({ browser }) => {
  for (const [language, expected] of [
    ["en-GB,en;q=0.9", "/en"],
    ["az", "/az"],
    ["de-DE", "/ru"],
  ] as const) {
    const context = await browser.newContext({
      locale: language.split(",")[0],
      extraHTTPHeaders: { "Accept-Language": language },
    });
    const page = await context.newPage();
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe(expected);
    await context.close();
  }
});

test("unknown addresses get a localized 404", async ({ page }) => {
  const response = await page.goto("/ru/organizations/no-such-organization");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Страница не найдена");
  const other = await page.goto("/en/no/such/page");
  expect(other?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("filters narrow the list, keep their values, and explain a value they ignore", async ({ page }) => {
  await page.goto("/en/organizations");
  const total = Number((await page.getByRole("heading", { name: /organizations$/ }).textContent())!.match(/\d+/)![0]);
  const filters = page.getByRole("search", { name: "Filter organizations" });
  await choose(filters, "Host country", /^Russia/, "russ");
  await expect(page).toHaveURL(/country=RU/);
  await filters.getByLabel("Type").selectOption("YOUTH");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/country=RU/);
  await expect(page).toHaveURL(/type=YOUTH/);
  await expect(filters.getByLabel("Host country")).toHaveValue("Russia");
  const narrowed = Number(
    (await page.getByRole("heading", { name: /organizations?$/ }).textContent())!.match(/\d+/)![0],
  );
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(total);
  await expect(page.getByRole("link", { name: "Azerbaijani Youth Organization of Russia" })).toBeVisible();

  await page.goto("/en/organizations?country=ZZ&type=YOUTH");
  // The feed's "copy address" button has a status region of its own (empty until something is copied).
  await expect(page.getByRole("status").filter({ hasText: "not understood" })).toContainText("Host country");
  await expect(filters.getByLabel("Type")).toHaveValue("YOUTH");
});

test("the list's search words find organizations across scripts, ranked, and combine with filters", async ({
  page,
}) => {
  await page.goto("/en/organizations");
  const filters = page.getByRole("search", { name: "Filter organizations" });
  await filters.getByLabel("Words in the name or description").fill("Оджаг");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=%D0%9E/);
  await expect(page.getByRole("link", { name: "Ojag Society" })).toBeVisible();
  // Typing words after browsing by name ranks by relevance, unless a sort was chosen.
  const first = page.locator(RESULTS).first();
  await expect(first).toHaveText("Ojag Society");
  await expect(filters.getByLabel("Sort by")).toHaveValue("");

  await page.goto("/en/organizations?q=azerbaijan&type=YOUTH");
  const names = await page.locator(RESULTS).allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.join(" ")).toContain("Azerbaijani Youth Organization of Russia");
  expect(names.join(" ")).not.toContain("Ojag");
});

test("the events list searches its titles", async ({ page }) => {
  await page.goto("/en/events?when=all&q=Shanghai");
  await expect(page.getByRole("link", { name: /Immortal Regiment/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Mărțișor/ })).toHaveCount(0);
});

/** The seed's related institutions (docs/research/seed-review.md §6): banks, CIS bodies, museums, a consulate… */
const relatedSlugs = new Set(
  (
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/data/atlas.json"), "utf8")) as {
      organizations: { slug: string; category?: string }[];
    }
  ).organizations
    .filter((o) => o.category === "RELATED_INSTITUTION")
    .map((o) => o.slug),
);
const listedSlugs = async (page: import("@playwright/test").Page) =>
  (await page.locator(RESULTS).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))).map((href) =>
    href.split("/").pop()!,
  );
const countIn = (text: string | null) => Number(text!.replace(/\D/g, ""));

test("/en/organizations lists diaspora organizations only; related institutions have their own view; /stats and the home page count what the list shows", async ({
  page,
}) => {
  await page.goto("/en/organizations");
  const tabs = page.getByRole("navigation", { name: "Diaspora organizations or related institutions" });
  await expect(tabs.getByRole("link", { name: /^Diaspora organizations/ })).toHaveAttribute("aria-current", "page");
  const total = countIn(await page.getByRole("heading", { name: /organizations?$/ }).textContent());
  expect(total).toBeGreaterThan(0);
  await expect(tabs.getByRole("link", { name: /^Diaspora organizations/ })).toContainText(`(${total})`);
  const listed = await listedSlugs(page);
  expect(listed).toHaveLength(total); // one page holds them all
  expect(listed.filter((slug) => relatedSlugs.has(slug))).toEqual([]);
  await expect(page.getByRole("link", { name: "Alfa-Bank" })).toHaveCount(0);

  // The other tab: a plain link, the default tab's address has no parameter at all.
  await tabs.getByRole("link", { name: /^Related institutions/ }).click();
  await expect(page).toHaveURL(/\/en\/organizations\?category=RELATED_INSTITUTION$/);
  await expect(tabs.getByRole("link", { name: /^Related institutions/ })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: /^Diaspora organizations/ })).toHaveAttribute(
    "href",
    "/en/organizations",
  );
  const related = countIn(await page.getByRole("heading", { name: /related institutions?$/ }).textContent());
  expect(related).toBe(relatedSlugs.size);
  const first = await listedSlugs(page);
  expect(first.length).toBeGreaterThan(0);
  expect(first.every((slug) => relatedSlugs.has(slug))).toBe(true);
  // Filtering keeps the tab.
  const filters = page.getByRole("search", { name: "Filter organizations" });
  await filters.getByLabel("Type").selectOption("FINANCIAL");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/category=RELATED_INSTITUTION/);
  await page.getByRole("link", { name: "Alfa-Bank" }).click();
  await expect(page).toHaveURL(/\/en\/organizations\/alfa-bank$/);
  await expect(page.getByText("Related institution", { exact: true })).toBeVisible();

  // The statistics and the home page count the list's diaspora organizations.
  await page.goto("/en/stats");
  await expect(page.getByRole("status").filter({ hasText: "In this selection" })).toContainText(
    `organizations: ${total};`,
  );
  await page.goto("/en");
  const numbers = page.getByRole("region", { name: "The atlas in numbers" });
  await expect(
    numbers.locator("div", { has: page.locator("dt", { hasText: /^organizations?$/ }) }).locator("dd"),
  ).toHaveText(String(total));
  await expect(numbers.getByRole("link", { name: /^Related institutions/ })).toContainText(String(related));
});

test("a profile says which names and texts the atlas translated or wrote, in Russian and in Azerbaijani", async ({
  page,
}) => {
  // The article gives Alfa-Bank's English name only: the Russian one is the atlas's translation.
  await page.goto("/ru/organizations/alfa-bank");
  const names = page.getByRole("definition").filter({ has: page.locator("[data-name-locale]") });
  const russian = names.getByRole("listitem").filter({ has: page.locator('[lang="ru"]') });
  await expect(russian).toContainText("Альфа-Банк");
  await expect(russian).toContainText("(переведено атласом)");
  const english = names.getByRole("listitem").filter({ has: page.locator('[lang="en"]') });
  await expect(english).not.toContainText("атлас");
  await expect(english.getByRole("link", { name: /1/ })).toBeVisible();
  await expect(page.getByText("(написано атласом)")).toBeVisible();

  // Ojag's Azerbaijani and Russian names come from the press; its English name is the atlas's.
  await page.goto("/az/organizations/ojag");
  const ojag = page.getByRole("definition").filter({ has: page.locator("[data-name-locale]") });
  await expect(ojag.getByRole("listitem").filter({ hasText: "Ojag Society" })).toContainText(
    "(atlas tərəfindən tərcümə edilib)",
  );
  await expect(ojag.getByRole("listitem").filter({ hasText: "Ocaq" })).not.toContainText("atlas tərəfindən");

  // A presence the article supports only by inference says what from.
  await page.goto("/ru/diasporas/armenian");
  await expect(page.locator("[data-inferred-from]")).toHaveText("Вывод по косвенным данным: Объединение армян России");
});

test("an event page says which title and description the atlas translated or wrote, in Russian and in English", async ({
  page,
}) => {
  // The article prints "Victory Day" in English: the Russian title is the atlas's translation of it, and the
  // descriptions are the atlas's summaries.
  await page.goto("/ru/events/victory-day");
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toContainText("День Победы");
  await expect(title.locator("[data-provenance]")).toHaveText("(переведено атласом)");
  await expect(page.locator("main p").filter({ hasText: "(написано атласом)" })).toHaveCount(1);

  // In English the title is the article's, with its citation, and no note.
  await page.goto("/en/events/victory-day");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Victory Day");
  await expect(page.getByRole("heading", { level: 1 }).locator("[data-provenance]")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 }).getByRole("link", { name: /1/ })).toBeVisible();
  await expect(page.getByText("(written by the atlas)")).toBeVisible();

  // No source gives the Shanghai march a title in any language: the atlas's own wording, not a translation.
  await page.goto("/ru/events/immortal-regiment-march-shanghai-2021");
  await expect(page.getByRole("heading", { level: 1 }).locator("[data-provenance]")).toHaveText(
    "(название в написании атласа)",
  );
});

test("a profile lists the other names a source prints, with its citation, in English and in Kazakh", async ({
  page,
}) => {
  // The article writes "Assembly of Peoples of Kazakhstan"; the official English is "Assembly of People of Kazakhstan".
  for (const [locale, label] of [
    ["en", "Also known as"],
    ["kk", "Басқа атаулары"],
  ] as const) {
    await page.goto(`/${locale}/organizations/assembly-of-peoples-of-kazakhstan`);
    await expect(page.getByRole("term").filter({ hasText: label })).toBeVisible();
    const other = page.locator("[data-alt-name-locale=en]");
    await expect(other).toContainText("Assembly of Peoples of Kazakhstan");
    await expect(other.getByRole("link", { name: /\d/ })).toBeVisible();
  }
});

test("a dissolved organization's status gives the day it was dissolved with its sources, in Russian and in Azerbaijani", async ({
  page,
}) => {
  for (const { locale, status, dissolved, source } of [
    { locale: "ru", status: "Статус", dissolved: "Ликвидирована 15 мая 2017 г.", source: /источник \d+/ },
    { locale: "az", status: "Status", dissolved: "15 may 2017 tarixində ləğv edilib", source: /mənbə \d+/ },
  ]) {
    await page.goto(`/${locale}/organizations/all-russian-azerbaijan-congress`);
    const row = page.locator("dt", { hasText: new RegExp(`^${status}$`) }).locator("+ dd");
    await expect(row).toContainText(dissolved);
    // The four press reports of the Supreme Court's decision back the status and its date.
    await expect(row.getByRole("link", { name: source })).toHaveCount(4);
  }
});

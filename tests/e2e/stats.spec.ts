// /stats in Russian and Armenian: reached from the header, axe-clean, each chart's SVG says what its table says,
// a selection narrows every chart, and a chart's CSV downloads and parses to the table's rows.
import { readFile } from "node:fs/promises";
import { type Locator } from "@playwright/test";
import { expect, test } from "./support/shared-page";
import { parse } from "csv-parse/sync";
import { axeViolations } from "./support/axe";

const pages = [
  {
    locale: "ru",
    nav: "Статистика",
    title: "Статистика",
    byCountry: "Организации по странам пребывания",
    russia: "Россия",
    table: "Таблица данных",
  },
  {
    locale: "hy",
    nav: "Վիճակագրություն",
    title: "Վիճակագրություն",
    byCountry: "Կազմակերպություններն ըստ բնակության երկրների",
    russia: "Ռուսաստան",
    table: "Տվյալների աղյուսակ",
  },
];

/** The bar names as drawn in the wide layout (a wrapped name's lines joined), top to bottom. */
const svgBarLabels = (chart: Locator) =>
  chart
    .locator("[data-layout=wide] svg text.bar-label")
    .evaluateAll((texts) => texts.map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" ")));
const svgBarValues = (chart: Locator) => chart.locator("[data-layout=wide] svg text.bar-value").allTextContents();
const tableRows = (chart: Locator) =>
  chart
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));

for (const p of pages) {
  test(`${p.locale}: the header leads to the statistics; the page is axe-clean and every bar chart matches its table`, async ({
    page,
  }) => {
    await page.goto(`/${p.locale}`);
    await page.getByRole("banner").getByRole("link", { name: p.nav, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${p.locale}/stats$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.title);

    const chart = page.getByRole("region", { name: p.byCountry, exact: true });
    const svg = chart.getByRole("img", { name: p.byCountry, exact: true });
    await expect(svg).toBeVisible();
    // The description names the largest bar, so a screen reader hears the gist without the table.
    await expect(svg).toHaveAccessibleDescription(new RegExp(p.russia));

    await chart.getByText(p.table, { exact: true }).click();
    const rows = await tableRows(chart);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[0]![0]).toBe(p.russia);
    expect(await svgBarLabels(chart)).toEqual(rows.map((r) => r[0]));
    // Each bar's value text is the table's count and share: "22 (44,9 %)".
    expect(await svgBarValues(chart)).toEqual(rows.map((r) => `${r[1]} (${r[2]})`));

    // Every bar chart on the page, not only this one (the seed has fewer bars than a chart draws at most).
    for (const section of await page.locator("section[data-chart]").all()) {
      const labels = await svgBarLabels(section);
      if (labels.length > 0) expect(labels).toEqual((await tableRows(section)).map((r) => r[0]));
    }

    expect(await axeViolations(page)).toEqual([]);
    await page
      .locator("main details")
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("ru: a chart's CSV downloads with a byte-order mark and parses to the rows of its table", async ({ page }) => {
  await page.goto("/ru/stats");
  const chart = page.getByRole("region", { name: "Организации по странам пребывания", exact: true });
  const rows = await tableRows(chart);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    chart.getByRole("link", { name: /Скачать CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("organizations-by-country.csv");
  const text = await readFile((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  expect(records.map((r) => [r.name, r.organizations])).toEqual(rows.map((r) => [r[0], r[1]!.replace(/\s/g, "")]));
  expect(records[0]).toMatchObject({ country_code: "RU", name: "Россия" });
  const total = Number(records[0]!.total_organizations);
  expect(total).toBeGreaterThan(0);
  await expect(page.getByRole("status").filter({ hasText: "В выборке" })).toContainText(`организаций: ${total}`);
});

test("hy: choosing a diaspora narrows every chart and its CSV links", async ({ page }) => {
  await page.goto("/hy/stats");
  const form = page.getByRole("search", { name: "Ընտրություն" });
  await form.getByLabel("Սփյուռք").selectOption("armenian");
  await form.getByRole("button").click();
  await expect(page).toHaveURL(/\/hy\/stats\?diaspora=armenian/);
  await expect(form.getByLabel("Սփյուռք")).toHaveValue("armenian");
  const chart = page.getByRole("region", { name: "Թվային ներկայությունն ըստ բնակության երկրների", exact: true });
  await expect(chart.getByRole("link", { name: /CSV/ })).toHaveAttribute(
    "href",
    "/hy/stats/digital-presence-by-country.csv?diaspora=armenian",
  );
  const csv = await page.request.get("/hy/stats/digital-presence-by-country.csv?diaspora=armenian");
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
  const [all] = parse(await csv.text(), { bom: true, columns: true }) as Record<string, string>[];
  expect(all!.row).toBe("all");
  await expect(page.getByRole("status").filter({ hasText: "կազմակերպություններ" })).toContainText(
    `կազմակերպություններ՝ ${all!.organizations}`,
  );
  expect(await axeViolations(page)).toEqual([]);
});

test("an unknown chart's CSV is a 404", async ({ request }) => {
  expect((await request.get("/ru/stats/no-such-chart.csv")).status()).toBe(404);
  expect((await request.get("/ru/stats/organizations-by-country")).status()).toBe(404);
});

/** What the seed says of its diaspora organizations online: channels, and presence attested without an address. */
async function seededPresence() {
  type SeedOrganization = { category?: string; onlinePresence?: string[]; channels: { kind: string }[] };
  const seed = JSON.parse(await readFile("prisma/seed/data/atlas.json", "utf8")) as {
    organizations: SeedOrganization[];
  };
  const orgs = seed.organizations.filter((o) => (o.category ?? "DIASPORA_ORGANIZATION") === "DIASPORA_ORGANIZATION");
  const attested = (o: SeedOrganization, kind: string) => o.onlinePresence?.includes(kind) ?? false;
  return {
    total: orgs.length,
    website: orgs.filter((o) => attested(o, "WEBSITE") || o.channels.some((c) => c.kind === "WEBSITE")).length,
    websiteWithoutAddress: orgs.filter((o) => attested(o, "WEBSITE") && !o.channels.some((c) => c.kind === "WEBSITE"))
      .length,
    online: orgs.filter((o) => (o.onlinePresence?.length ?? 0) > 0 || o.channels.length > 0).length,
    onlineWithoutAddress: orgs.filter((o) => (o.onlinePresence?.length ?? 0) > 0 && o.channels.length === 0).length,
  };
}

const presenceWording = [
  {
    locale: "ru",
    of: (count: number, total: number) => `${count} из ${total}`,
    withoutAddress: (n: number) => `из них засвидетельствовано без адреса: ${n}`,
  },
  {
    locale: "hy",
    of: (count: number, total: number) => `${count}՝ ${total}-ից`,
    withoutAddress: (n: number) => `դրանցից առանց հասցեի վկայված՝ ${n}`,
  },
];

for (const w of presenceWording) {
  test(`${w.locale}: digital presence counts websites a source attests without an address, and says how many`, async ({
    page,
  }) => {
    const expected = await seededPresence();
    // The seed records websites without an address (seed-review §6), so the figure is not only the recorded channels.
    expect(expected.websiteWithoutAddress).toBeGreaterThan(0);
    await page.goto(`/${w.locale}/stats`);
    const website = page.locator("dl [data-measure=website]");
    await expect(website).toContainText(w.of(expected.website, expected.total));
    await expect(website.locator("[data-without-address]")).toHaveText(
      w.withoutAddress(expected.websiteWithoutAddress),
    );
    const online = page.locator("dl [data-measure=online]");
    await expect(online).toContainText(w.of(expected.online, expected.total));
    await expect(online.locator("[data-without-address]")).toHaveText(w.withoutAddress(expected.onlineWithoutAddress));
  });
}

test("ru: a profile says a source attests the organization online without an address, with its citation", async ({
  page,
}) => {
  await page.goto("/ru/organizations/arma");
  const item = page.locator("[data-online-presence=INTERNET]");
  await expect(item).toContainText("Пользуется интернетом: сайт и адрес не указаны");
  // The citation number links to the article in the page's sources.
  const ref = item.getByRole("link", { name: /источник \d+/ });
  await expect(ref).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

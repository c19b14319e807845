// Charts, the month calendar and the map on a 390 px phone: bars keep their proportions with readable, unclipped
// names; the month becomes a list of its days with events; the map zooms with a button and with keys. At 1366 px
// the wide chart and the grid stay. Each page is axe-clean at the phone width.
import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./support/shared-page";
import { expectNoAxeViolations } from "./support/axe";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const BY_COUNTRY = "Организации по странам пребывания";

/** Each bar's drawn width and the count its value text gives ("22 (44,9 %)"). */
const barsOf = (svg: Locator) =>
  svg.locator("g.bar").evaluateAll((bars) =>
    bars.map((bar) => ({
      width: bar.querySelector("rect")!.getBoundingClientRect().width,
      count: Number(
        bar
          .querySelector("text.bar-value")!
          .textContent!.match(/^[\d\s\u00a0\u202f]+/)![0]
          .replace(/\D/g, ""),
      ),
    })),
  );

/** Rendered font size of the chart's text: the nominal 14 user units times the SVG's scale. */
const renderedFontSize = (svg: Locator) =>
  svg.evaluate((el: SVGSVGElement) => (14 * el.getBoundingClientRect().width) / el.viewBox.baseVal.width);

test("ru at 390 px: a bar chart's bars are proportional to their counts and its names are readable and unclipped", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/ru/stats");
  const section = page.getByRole("region", { name: BY_COUNTRY, exact: true });
  const svg = section.getByRole("img", { name: BY_COUNTRY, exact: true });
  await expect(svg).toBeVisible();
  // One chart for assistive technology: the wide one is display:none at this width.
  await expect(section.getByRole("img")).toHaveCount(1);
  await expect(section.locator("[data-layout=wide]")).toBeHidden();

  const bars = await barsOf(svg);
  expect(bars.length).toBeGreaterThan(2);
  const largest = bars.reduce((a, b) => (b.count > a.count ? b : a));
  expect(largest.width).toBeGreaterThan(150);
  for (const bar of bars) expect(bar.width).toBeCloseTo((largest.width * bar.count) / largest.count, 0);
  // 8, 6 and 5 must not look alike: different counts, visibly different lengths.
  const distinct = [...new Map(bars.map((b) => [b.count, b.width])).entries()].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < distinct.length; i++) expect(distinct[i]![1] - distinct[i - 1]![1]).toBeGreaterThan(4);

  expect(await renderedFontSize(svg)).toBeGreaterThanOrEqual(12);
  const boxes = await svg
    .locator("text")
    .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]));
  for (const [left, right] of boxes) {
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(PHONE.width);
  }
  // The page does not scroll sideways because of any chart.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectNoAxeViolations(page);
});

test("ru at 1366 px: the wide chart is shown, alone", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/ru/stats");
  const section = page.getByRole("region", { name: BY_COUNTRY, exact: true });
  await expect(section.getByRole("img")).toHaveCount(1);
  await expect(section.locator("[data-layout=wide] svg")).toBeVisible();
  await expect(section.locator("[data-layout=narrow]")).toBeHidden();
  expect(await renderedFontSize(section.getByRole("img"))).toBeGreaterThanOrEqual(12);
});

/** The dates of the grid's days that list events, read at desktop width. */
async function gridDaysWithEvents(page: Page, month: string): Promise<string[]> {
  const days = await page
    .getByRole("table")
    .locator("td")
    .filter({ has: page.getByRole("link") })
    .evaluateAll((cells) => cells.map((c) => Number(c.querySelector("span")!.textContent!.match(/^\d+/)![0])));
  return days.map((d) => `${month}-${String(d).padStart(2, "0")}`);
}

for (const month of ["2020-12", "2021-05"]) {
  test(`ru ${month}: the grid at 1366 px, a list of the days with events at 390 px`, async ({ page }) => {
    const url = `/ru/events?view=calendar&month=${month}`;
    await page.setViewportSize(DESKTOP);
    await page.goto(url);
    await expect(page.getByRole("table")).toBeVisible();
    await expect(page.locator("[data-calendar=agenda]")).toBeHidden();
    const days = await gridDaysWithEvents(page, month);
    expect(days.length).toBeGreaterThan(0);

    await page.setViewportSize(PHONE);
    await page.goto(url);
    await expect(page.getByRole("table")).toHaveCount(0);
    const agenda = page.getByRole("region", { name: /: дни с мероприятиями$/ });
    await expect(agenda).toBeVisible();
    const listed = await agenda
      .locator(":scope > ol > li time")
      .evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
    expect(listed).toEqual(days);
    // Each day's events are links to their pages, as in the grid.
    await expect(agenda.getByRole("link").first()).toHaveAttribute("href", /^\/ru\/events\//);
    await expectNoAxeViolations(page);
  });
}

const viewBoxWidth = (map: Locator) => map.evaluate((el: SVGSVGElement) => el.viewBox.baseVal.width);
const viewBoxX = (map: Locator) => map.evaluate((el: SVGSVGElement) => el.viewBox.baseVal.x);

test("ru at 390 px: the map zooms in with + and with the keyboard, pans with the arrows and resets", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/ru/map");
  const map = page.getByRole("group", { name: "Карта организаций по странам пребывания и городам" });
  const zoomIn = page.getByRole("button", { name: "Приблизить" });
  await expect(zoomIn).toBeVisible();
  const whole = await viewBoxWidth(map);
  const russia = map.getByRole("link", { name: "Россия: 7 организаций" });
  const before = (await russia.boundingBox())!.width;

  // One dot per city (the sets drawn for other zoom levels are display:none).
  const cityDots = map.getByRole("link", { name: /\(.+\): \d+ организац/ });
  await expect(cityDots).toHaveCount(1);

  await zoomIn.click();
  await expect(map).toHaveAttribute("data-zoom", "2");
  await expect(cityDots).toHaveCount(1);
  expect(await viewBoxWidth(map)).toBeCloseTo(whole / 2);
  // Countries grow on the screen: small ones become tappable.
  expect((await russia.boundingBox())!.width).toBeGreaterThan(before * 1.5);

  await page.getByRole("button", { name: "Показать всю карту" }).click();
  await expect(map).toHaveAttribute("data-zoom", "1");

  await map.focus();
  await page.keyboard.press("+");
  await expect(map).toHaveAttribute("data-zoom", "2");
  await page.keyboard.press("+");
  await expect(map).toHaveAttribute("data-zoom", "4");
  const x = await viewBoxX(map);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => viewBoxX(map)).toBeGreaterThan(x);
  await page.keyboard.press("-");
  await expect(map).toHaveAttribute("data-zoom", "2");
  await page.keyboard.press("0");
  await expect(map).toHaveAttribute("data-zoom", "1");
  expect(await viewBoxWidth(map)).toBeCloseTo(whole);
  await expectNoAxeViolations(page);
});

// /{locale}/map: the choropleth and city dots on the seed data, their links to the filtered organization list,
// the diaspora filter, the text alternative, keyboard access and axe, in Russian and Georgian.
import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./support/shared-page";
import { expectNoAxeViolations } from "./support/axe";

/** Clicks a map link with the mouse where it is really visible (a city's dot may cover a small country's middle). */
async function clickVisiblePart(page: Page, link: Locator) {
  const href = await link.getAttribute("href");
  await link.scrollIntoViewIfNeeded();
  const box = (await link.boundingBox())!;
  const point = await page.evaluate(
    ({ box, href }) => {
      for (let fy = 0.1; fy < 1; fy += 0.1) {
        for (let fx = 0.1; fx < 1; fx += 0.1) {
          const x = box.x + fx * box.width;
          const y = box.y + fy * box.height;
          if (document.elementFromPoint(x, y)?.closest("a")?.getAttribute("href") === href) return { x, y };
        }
      }
      return null;
    },
    { box, href },
  );
  expect(point, `a visible part of ${href}`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

test("ru: the header opens the map; a country on the map opens its organizations", async ({ page }) => {
  await page.goto("/ru");
  await page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Карта" }).click();
  await expect(page).toHaveURL(/\/ru\/map$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Карта");
  // Diaspora organizations, as the list counts them (related institutions are not on the default map).
  await expect(page.getByText("19 организаций · 6 стран пребывания · 1 город на карте")).toBeVisible();

  const map = page.getByRole("group", { name: "Карта организаций по странам пребывания и городам" });
  // Countries with organizations are links named by their <title> (also the hover tooltip); the others are not.
  await expect(map.getByRole("link", { name: /^[^:]+: / })).toHaveCount(6 + 1);
  const russia = map.getByRole("link", { name: "Россия: 7 организаций" });
  await expect(russia).toHaveAttribute("href", "/ru/organizations?country=RU");
  await expect(map.getByRole("link", { name: "Азербайджан: 3 организации" })).toBeVisible();
  // Armenia has related institutions only (IDEA Foundation, UWC Dilijan).
  await expect(map.getByRole("link", { name: /^Армения/ })).toHaveCount(0);
  await expect(map.getByRole("link", { name: /^Германия/ })).toHaveCount(0);
  // The legend gives numbers, not only colours.
  await expect(page.getByRole("list", { name: "Организаций в стране пребывания" }).getByRole("listitem")).toHaveText([
    "нет",
    "1",
    "2",
    "3–4",
    "5–7",
  ]);

  // Keyboard: the country links take focus.
  await russia.focus();
  await expect(russia).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ru\/organizations\?country=RU$/);
  await expect(page.getByRole("heading", { name: "7 организаций" })).toBeVisible();
  await page.screenshot({ path: "test-results/map-ru-list.png" });
});

// The seed's cities are those of related institutions (but one), so the city checks read their map.
test("ru: a city dot and the tables lead to the filtered list; the diaspora filter carries over", async ({ page }) => {
  await page.goto("/ru/map?category=RELATED_INSTITUTION");
  const map = page.getByRole("group", { name: "Карта организаций по странам пребывания и городам" });
  await expect(map.getByRole("link", { name: "Москва (Россия): 2 организации" })).toHaveAttribute(
    "href",
    "/ru/organizations?country=RU&city=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&category=RELATED_INSTITUTION",
  );

  // The text alternative: every country and city with its count.
  const countries = page.getByRole("group", { name: "Страны пребывания", exact: true });
  await expect(countries.getByRole("row", { name: /Россия/ }).getByRole("cell")).toHaveText("15");
  await expect(countries.getByRole("row")).toHaveCount(1 + 6);
  const cities = page.getByRole("group", { name: "Города", exact: true });
  await expect(cities.getByRole("row")).toHaveCount(1 + 3);
  await expect(cities.getByRole("row", { name: /Дилижан/ }).getByRole("cell")).toHaveText(["Армения", "1"]);
  await page.screenshot({ path: "test-results/map-ru.png", fullPage: true });

  await cities.getByRole("link", { name: "Москва" }).click();
  await expect(page).toHaveURL(/\/ru\/organizations\?country=RU&city=.*&category=RELATED_INSTITUTION$/);
  await expect(page.getByRole("heading", { name: "2 связанных учреждения" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Московский дом национальностей/ })).toBeVisible();

  await page.goto("/ru/map?category=RELATED_INSTITUTION");
  await page.getByLabel("Диаспора").selectOption("armenian");
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(page).toHaveURL(/\/ru\/map\?category=RELATED_INSTITUTION&diaspora=armenian(&type=)?$/);
  await expect(page.getByText("2 организации · 1 страна пребывания · 1 город на карте")).toBeVisible();
  await expectNoAxeViolations(page);
  const armenia = page.getByRole("link", { name: "Армения: 2 организации" });
  await expect(armenia).toHaveAttribute(
    "href",
    "/ru/organizations?country=AM&category=RELATED_INSTITUTION&diaspora=armenian",
  );
  // On the world map Dilijan's dot covers most of Armenia; the regional view keeps the filter and has more room.
  await page.getByRole("link", { name: "Европа и Центральная Азия" }).click();
  await expect(page).toHaveURL(/\/ru\/map\?category=RELATED_INSTITUTION&diaspora=armenian&view=region$/);
  await expect(page.getByLabel("Диаспора")).toHaveValue("armenian");
  await clickVisiblePart(page, armenia);
  await expect(page.getByRole("heading", { name: "2 связанных учреждения" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Дилижан|Dilijan/ })).toBeVisible();
});

test("ka: the map renders in Georgian, with links and a text alternative", async ({ page }) => {
  await page.goto("/ka/map?category=RELATED_INSTITUTION");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("რუკა");
  await expect(page.locator("html")).toHaveAttribute("lang", "ka");
  const map = page.getByRole("group", { name: "ორგანიზაციების რუკა მასპინძელი ქვეყნებისა და ქალაქების მიხედვით" });
  await expect(map.locator("path")).not.toHaveCount(0);
  const georgia = map.getByRole("link", { name: /^საქართველო/ });
  await expect(georgia).toHaveCount(0); // no seed organization is based in Georgia
  const armenia = map.getByRole("link", { name: "სომხეთი: 2 ორგანიზაცია" });
  await expect(armenia).toHaveAttribute("href", "/ka/organizations?country=AM&category=RELATED_INSTITUTION");
  await expect(
    page
      .getByRole("group", { name: "მასპინძელი ქვეყნები" })
      .getByRole("row", { name: /რუსეთი/ })
      .getByRole("cell"),
  ).toHaveText("15");
  await page.screenshot({ path: "test-results/map-ka.png", fullPage: true });

  // The closer view of Europe and Central Asia: Armenia is big enough to click there.
  await page
    .getByRole("navigation", { name: "რუკის არე" })
    .getByRole("link", { name: "ევროპა და ცენტრალური აზია" })
    .click();
  await expect(page).toHaveURL(/\/ka\/map\?category=RELATED_INSTITUTION&view=region$/);
  await expect(page.getByRole("link", { name: "ევროპა და ცენტრალური აზია" })).toHaveAttribute("aria-current", "true");
  // Shanghai is outside the view: two of the three cities are drawn (one set of dots per zoom level is shown),
  // all three are in the table.
  await expect(map.locator("circle:visible")).toHaveCount(2);
  await expect(page.getByRole("group", { name: "ქალაქები", exact: true }).getByRole("row")).toHaveCount(1 + 3);
  await page.screenshot({ path: "test-results/map-ka-region.png", fullPage: true });
  await clickVisiblePart(page, armenia);
  await expect(page).toHaveURL(/\/ka\/organizations\?country=AM&category=RELATED_INSTITUTION$/);
  await expect(page.getByRole("heading", { name: "2 დაკავშირებული დაწესებულება" })).toBeVisible();
});

for (const path of [
  "/ru/map",
  "/ka/map",
  "/ka/map?view=region",
  "/ru/map?category=RELATED_INSTITUTION",
  "/en/map?type=NOPE",
  "/ru/map?diaspora=georgian&type=FINANCIAL",
]) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test("the map has a canonical address, language alternates and a place in the sitemap", async ({ page, request }) => {
  await page.goto("/ka/map?diaspora=armenian");
  await expect(page).toHaveTitle(/რუკა/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/ka\/map$/);
  await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute("href", /\/ru\/map$/);
  // The sitemap index lists the file of lists and places, which holds the map in every language.
  const index = await (await request.get("/sitemap.xml")).text();
  const pages = /<loc>([^<]*\/sitemaps\/pages\.xml)<\/loc>/.exec(index)![1]!;
  const sitemap = await (await request.get(new URL(pages).pathname)).text();
  for (const locale of ["ru", "en", "ka"]) expect(sitemap).toContain(`/${locale}/map</loc>`);
});

test("bad filter values are reported and dropped; an empty result says so", async ({ page }) => {
  await page.goto("/en/map?type=NOPE");
  await expect(page.getByRole("status")).toContainText("Type");
  await expect(page.getByText("19 organizations · 6 host countries · 1 city on the map")).toBeVisible();
  await page.goto("/en/map?diaspora=georgian&type=FINANCIAL");
  await expect(page.getByText("No organizations match these filters.")).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Map of organizations by host country and city" }).getByRole("link"),
  ).toHaveCount(0);
});

import { expect, test } from "./support/shared-page";
import { expectNoAxeViolations } from "./support/axe";

test("the header's search box finds organizations, events and diasporas, grouped and highlighted (ru)", async ({
  page,
}) => {
  await page.goto("/ru");
  // The header's search opens under it (a <details>: no JavaScript needed).
  await page.getByRole("banner").locator('summary[aria-label="Поиск по атласу"]').click();
  const box = page.getByRole("search", { name: "Поиск по атласу" });
  await box.getByRole("searchbox", { name: "Поиск по атласу" }).fill("армянской");
  await box.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/ru\/search\?q=%D0%B0%D1%80/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Поиск");
  await expect(page.getByRole("searchbox", { name: "Поиск организаций, мероприятий и диаспор" })).toHaveValue(
    "армянской",
  );

  const organizations = page.getByRole("region", { name: /организаци/ });
  await expect(organizations.getByRole("heading", { level: 2 })).toHaveText(/^\d+ организаци/);
  const link = organizations.getByRole("link", { name: "Объединение армян России" });
  await expect(link).toHaveAttribute("href", "/ru/organizations/association-of-armenians-of-russia");
  await expect(link.locator("mark")).toHaveText("армян");
  await expect(
    page.getByRole("region", { name: "1 диаспора" }).getByRole("link", { name: "Армянская диаспора" }),
  ).toHaveAttribute("href", "/ru/diasporas/armenian");
  await expect(page.getByRole("navigation", { name: "Результаты по разделам" }).getByRole("link")).toHaveText([
    /организаци/,
    /мероприяти/,
    "1 диаспора",
  ]);

  await link.click();
  await expect(page).toHaveURL(/\/ru\/organizations\/association-of-armenians-of-russia$/);
});

test("a Latin query finds a Cyrillic name and marks it; events link to their pages (en)", async ({ page }) => {
  await page.goto("/en/search?q=Ojag");
  const organizations = page.getByRole("region", { name: "1 organization" });
  await expect(organizations.getByRole("link", { name: "Ojag Society" }).locator("mark")).toHaveText("Ojag");

  await page.goto("/ru/search?q=Ojag");
  await expect(
    page.getByRole("link", { name: "Азербайджанское культурное общество «Оджаг»" }).locator("mark"),
  ).toHaveText("Оджаг");

  await page.goto("/en/search?q=festival");
  const events = page.getByRole("region", { name: /events$/ });
  await expect(events.getByRole("link", { name: /Mărțișor/ })).toHaveAttribute("href", "/en/events/martisor");
  await expect(events.locator("mark").first()).toBeVisible();
});

test("explains an empty query, a query without letters and a query that finds nothing", async ({ page }) => {
  await page.goto("/en/search");
  await expect(page.getByText("Type a name, an acronym, a city or a topic")).toBeVisible();
  await page.goto("/en/search?q=qwertyuiop");
  await expect(page.getByRole("status")).toContainText("Nothing found for “qwertyuiop”.");
  await page.goto("/ru/search?q=qwertyuiop");
  await expect(page.getByRole("status")).toContainText("По запросу «qwertyuiop» ничего не найдено.");
  await page.goto(`/en/search?q=${encodeURIComponent(`'; DROP TABLE "Organization"; --`)}`);
  await expect(page.getByRole("status")).toContainText("Nothing found");
  await page.goto("/ru/search?q=%21%21%21");
  await expect(page.getByRole("status")).toHaveText("В запросе «!!!» нет ни букв, ни цифр, по которым можно искать.");
});

test("a 10 000-character query is cut to 200 characters, with a notice", async ({ page }) => {
  for (const [locale, notice] of [
    ["ru", "Запрос длиннее 200 символов"],
    ["en", "Your query was longer than 200 characters"],
  ] as const) {
    const response = await page.goto(`/${locale}/search?q=${"x".repeat(10_000)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: notice })).toBeVisible();
    await expect(page.locator("#search-q")).toHaveValue("x".repeat(200));
  }
});

test("the search forms work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/organizations");
  await page.getByRole("banner").locator('summary[aria-label="Search the atlas"]').click();
  await page.getByRole("searchbox", { name: "Search the atlas" }).fill("AMOR");
  await page.getByRole("search", { name: "Search the atlas" }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=AMOR$/);
  await expect(
    page
      .getByRole("region", { name: /organizations?$/ })
      .getByRole("link")
      .first(),
  ).toHaveText(/Azerbaijani Youth Organization of Russia/);
  await context.close();
});

for (const locale of ["ru", "en", "az"]) {
  for (const query of ["?q=Azerb", "?q=qwertyuiop", ""]) {
    test(`${locale}/search${query} has no accessibility violations`, async ({ page }) => {
      await page.goto(`/${locale}/search${query}`);
      await expectNoAxeViolations(page);
    });
  }
}

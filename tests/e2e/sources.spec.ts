// A source's own page (issue #13, item 1): the article's full record, the figures it reports and the works it
// cites footnote by footnote, reached from the About page, a profile's numbered sources and /stats; a cited work's
// page says who cites it. In Russian and Armenian, at desktop and phone widths, axe-clean.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/shared-page";
import { expectNoAxeViolations } from "./support/axe";

type Messages = { Source: Record<string, string> & { bound: Record<string, string> }; About: Record<string, string> };
const messages = (locale: string): Messages =>
  JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

test("ru: from the About page to the article's page, its figures and footnotes, and on to a cited work", async ({
  page,
}) => {
  const m = messages("ru");
  await page.goto("/ru/about");
  await page.getByRole("link", { name: m.About.mainSourcePage! }).click();
  await expect(page).toHaveURL(/\/ru\/sources\/article$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Post-Soviet diasporas in the age of the internet");
  await expect(page.getByRole("link", { name: "https://doi.org/10.22363/2312-8674-2021-20-3-437-447" })).toBeVisible();
  await expect(page.getByRole("region", { name: m.Source.citeHeading! })).toContainText(
    "Pivovar, E. I. Post-Soviet diasporas in the age of the internet / E. I. Pivovar, V. F. Ershov, M. V. Katagoshchina. " +
      "– Текст : электронный // RUDN Journal of Russian History. – 2021. – Vol. 20, no. 3. – P. 437–447. " +
      "– DOI 10.22363/2312-8674-2021-20-3-437-447. – URL: https://journals.rudn.ru/russian-history/article/view/27274.",
  );

  const figures = page.getByRole("region", { name: m.Source.figuresHeading! });
  const graduates = figures.locator('[data-figure="graduates-associations-68-countries"]');
  await expect(graduates.locator("strong")).toHaveText("68");
  await expect(graduates.locator('blockquote[lang="en"]')).toContainText("university graduates in 68 countries");
  await expect(graduates).toContainText(m.Source.undated!);
  const links = figures.locator('[data-figure="academic-diaspora-links-over-80-percent"]');
  // Russian writes "более 80 %" with a no-break space before the sign.
  await expect(links.locator("strong")).toHaveText(fill(m.Source.bound.MORE_THAN!, { value: "80\u00a0%" }));
  await expect(links).toContainText(fill(m.Source.attributedTo!, { footnote: 16 }));
  await expect(links.getByRole("link", { name: /Malakhov/ })).toHaveAttribute(
    "href",
    "/ru/sources/malakhov-smirnova-2019",
  );

  const references = page.getByRole("region", { name: /Работы, на которые он ссылается/ });
  const first = references.locator("#n1");
  await expect(first).toContainText(fill(m.Source.footnote!, { number: 1 }));
  await expect(first.locator("li")).toHaveText([/Tishkov/, /Sheffer/, /Esman/]);
  await expect(references.locator("#n25")).toContainText("Vesnina");
  await expectNoAxeViolations(page);

  await first.locator("li", { hasText: "Sheffer" }).getByRole("link", { name: m.Source.open! }).click();
  await expect(page).toHaveURL(/\/ru\/sources\/sheffer-2003$/);
  const citedBy = page.getByRole("region", { name: m.Source.citedByHeading! });
  await expect(citedBy.getByRole("listitem")).toHaveText([/сн\. 1$/, /сн\. 8$/]);
  await expect(page.getByText(m.Source.noEntries!)).toBeVisible();
  await citedBy.getByRole("link").nth(1).click();
  await expect(page).toHaveURL(/\/ru\/sources\/article#n8$/);
});

test("hy at 390 px: the article's page fits the screen, marks the Russian fallback of the atlas's wording, axe-clean", async ({
  page,
}) => {
  const m = messages("hy");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/hy/sources/article");
  await expect(page.getByRole("heading", { level: 2, name: m.Source.figuresHeading! })).toBeVisible();
  const graduates = page.locator('[data-figure="graduates-associations-68-countries"]');
  await expect(graduates.locator('[data-fallback-language="ru"]').first()).toBeVisible();
  await expect(graduates.locator('[data-provenance="ATLAS"]').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
});

test("en: a profile's numbered source and /stats lead to the source's page", async ({ page }) => {
  const m = messages("en");
  await page.goto("/en/organizations/amor");
  await page.locator("#source-1").getByRole("link", { name: m.Source.open! }).click();
  await expect(page).toHaveURL(/\/en\/sources\/[a-z0-9-]+$/);
  await expect(
    page.getByRole("region", { name: new RegExp(m.Source.entriesHeading!.replace(/ \(\{count\}\)/, "")) }),
  ).toContainText("Azerbaijani Youth Organization of Russia");

  await page.goto("/en/stats");
  const figures = page.locator("#source-figures");
  await expect(figures.getByRole("heading", { level: 2 })).toHaveText("Figures reported by the sources");
  await expect(figures.locator("[data-figure]")).toHaveCount(2);
  await figures.locator('[data-figure="graduates-associations-68-countries"]').getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/sources\/article$/);
});

test("an unknown source is a 404 page", async ({ page }) => {
  const response = await page.goto("/en/sources/no-such-source");
  expect(response?.status()).toBe(404);
});

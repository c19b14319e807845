// The About page in every UI language: it renders its sections with the article's full record (a DOI link), the
// licence, the citation of the atlas and the contact address; axe finds no violations; the footer links it.
// A profile shows when its data dates from and whether the record was ever edited (the seed load is not an edit).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/shared-page";
import { expectNoAxeViolations } from "./support/axe";

const LOCALES = [
  "ru",
  "en",
  "az",
  "hy",
  "ka",
  "kk",
  "ky",
  "uz",
  "tg",
  "tk",
  "be",
  "uk",
  "ro",
  "lv",
  "lt",
  "et",
] as const;
type Messages = { About: Record<string, string>; Layout: Record<string, string>; Organization: Record<string, string> };
const messages = (locale: string): Messages =>
  JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));

for (const locale of LOCALES) {
  test(`/${locale}/about renders, names its sources and licence, and has no accessibility violations`, async ({
    page,
  }) => {
    const m = messages(locale);
    await page.goto(`/${locale}/about`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.About.title!);
    await expect(page.getByText(m.About.translatedNotice!)).toBeVisible();
    for (const key of [
      "whatHeading",
      "curatorsHeading",
      "methodHeading",
      "licenseHeading",
      "citeHeading",
      "contactHeading",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: m.About[key]! })).toBeVisible();
    }
    await expect(
      page.getByRole("link", { name: "https://doi.org/10.22363/2312-8674-2021-20-3-437-447" }),
    ).toHaveAttribute("href", "https://doi.org/10.22363/2312-8674-2021-20-3-437-447");
    await expect(page.getByText("Post-Soviet diasporas in the age of the internet")).toBeVisible();
    await expect(page.locator('a[rel="license"]')).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by/4.0/",
    );
    await expect(page.locator("pre")).toContainText("@misc{diaspora-atlas,");
    await expect(page.getByRole("link", { name: "curators@e2e.test" }).first()).toHaveAttribute(
      "href",
      "mailto:curators@e2e.test",
    );
    await expectNoAxeViolations(page);
  });
}

test("the footer links the About page and says only what holds", async ({ page }) => {
  const m = messages("en");
  await page.goto("/en/organizations");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText(m.Layout.footer!);
  await footer.getByRole("link", { name: m.Layout.about! }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
});

test("a profile shows data as of its newest source and that the seed load is no edit", async ({ page }) => {
  const m = messages("en");
  await page.goto("/en/organizations/amor");
  // Its sources: the article (2021), 1news.az (2021), Mehdieva (2014), the Heydar Aliyev Foundation (2012) and
  // undated pages: the newest date is 2021.
  await expect(page.getByText(`${m.Organization.dataAsOf}:`)).toBeVisible();
  await expect(page.locator("dl", { hasText: m.Organization.dataAsOf! })).toContainText(
    `2021 (${m.Organization.dataAsOfExplained})`,
  );
  await expect(page.locator("dl", { hasText: m.Organization.recordEdited! })).toContainText(
    m.Organization.notEditedSinceSeed!,
  );
  await expect(page.getByText(/Last updated/)).toHaveCount(0);
});

test("the atlas as a whole is cited in GOST R 7.0.100-2018, first on the Russian page and after APA in English", async ({
  page,
}) => {
  const [y, mo, d] = new Date().toISOString().slice(0, 10).split("-");
  await page.goto("/ru/about");
  const cite = page.getByRole("region", { name: messages("ru").About.citeHeading! });
  await expect(cite.getByRole("heading", { level: 3 })).toHaveText([
    "ГОСТ Р 7.0.100-2018",
    "APA (7-е издание)",
    "BibTeX",
  ]);
  await expect(cite.getByText(/^Атлас диаспор : сайт\. – URL: /)).toHaveText(
    new RegExp(
      `^Атлас диаспор : сайт\\. – URL: http\\S+/ru \\(дата обращения: ${d}\\.${mo}\\.${y}\\)\\. – Текст : электронный\\.$`,
    ),
  );
  await page.goto("/en/about");
  await expect(
    page.getByRole("region", { name: messages("en").About.citeHeading! }).getByRole("heading", { level: 3 }),
  ).toHaveText(["APA (7th edition)", "GOST R 7.0.100-2018", "BibTeX"]);
});

// axe-core on every page template, in Russian, English and a national language: zero violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const templates = [
  "/",
  "/organizations",
  "/organizations?country=RU&type=NOPE",
  "/organizations/amor",
  "/organizations/no-such-organization",
];

for (const locale of ["ru", "en", "az"]) {
  for (const path of templates) {
    test(`${locale}${path} has no accessibility violations`, async ({ page }) => {
      await page.goto(`/${locale}${path === "/" ? "" : path}`);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
        .analyze();
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary).toEqual([]);
    });
  }
}

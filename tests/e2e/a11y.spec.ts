// axe-core on every page template, in Russian, English and a national language: zero violations.
import { expectNoAxeViolations } from "./support/axe";
import { test } from "./support/shared-page";

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
      await expectNoAxeViolations(page);
    });
  }
}

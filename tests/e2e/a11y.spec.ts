// axe-core on every page template, in Russian, English and a national language: zero violations. The home page and
// the organization list at desktop width in Russian and English are responsive-sweep.spec.ts's (axe at 320 and
// 1366 px on the page it has loaded anyway, in five languages); here the templates it does not visit: a list with
// filters it cannot read, another organization's profile, a missing profile's 404, and Azerbaijani.
import { axeViolations } from "./support/axe";
import { expect, test } from "./support/shared-page";

const templates = [
  "/",
  "/organizations",
  "/organizations?country=RU&type=NOPE",
  "/organizations/amor",
  "/organizations/no-such-organization",
];
const SWEPT = new Set(["/ru", "/en", "/ru/organizations", "/en/organizations"]);
const urls = ["ru", "en", "az"]
  .flatMap((locale) => templates.map((path) => `/${locale}${path === "/" ? "" : path}`))
  .filter((url) => !SWEPT.has(url));

// One test on the shared page: a test per address cost a page reset each; every check is soft and names its address.
test("the other page templates in ru, en and az have no accessibility violations", async ({ page }) => {
  test.setTimeout(15_000 * urls.length);
  for (const url of urls) {
    await page.goto(url);
    expect.soft(await axeViolations(page), `${url}: axe`).toEqual([]);
  }
});

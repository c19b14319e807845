// The site header's menus (issue #15, item 1): menus that close when the page changes, one search box on the search
// page, axe-clean with the menus open. Its size and the language menu at every width, in five languages, on every
// page type: responsive-sweep.spec.ts.
import { expect, test } from "./support/shared-page";
import { expectNoAxeViolations } from "./support/axe";
import { holdScripts } from "./support/slow-scripts";

const HEIGHT = 844;

test("390 px: the menu holds the sections and closes on the next page; a language is one tap away", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: HEIGHT });
  await page.goto("/hy/organizations");
  const menu = page.locator("header details").filter({ has: page.locator('nav[aria-label="Հիմնական նավարկում"]') });
  await menu.locator("summary").click();
  await expect(menu.getByRole("link")).toHaveText([
    "Կազմակերպություններ",
    "Միջոցառումներ",
    "Սփյուռքներ",
    "Երկրներ",
    "Վիճակագրություն",
    "Քարտեզ",
  ]);
  // The account stays in the row: an icon named "Sign in" on phones.
  await expect(page.getByRole("banner").getByRole("link", { name: "Մուտք" })).toBeInViewport();
  await expectNoAxeViolations(page);
  await menu.getByRole("link", { name: "Սփյուռքներ" }).click();
  await expect(page).toHaveURL(/\/hy\/diasporas$/);
  await expect(menu).not.toHaveAttribute("open");
  // The address changes before the new page's metadata has streamed in: axe once saw the document without a title.
  await expect(page).toHaveTitle(/^Սփյուռքներ — /);

  const language = page.locator("header nav details").filter({ has: page.locator("a[hreflang]") });
  await language.locator("summary").click();
  await expectNoAxeViolations(page);
  await language.locator('a[hreflang="ka"]').click();
  await expect(page).toHaveURL(/\/ka\/diasporas$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ka");
  await expect(language).not.toHaveAttribute("open");
});

test("search: the header's box opens under it and searches; the search page has one search box", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: HEIGHT });
  await page.goto("/ru/events");
  await page.getByRole("banner").locator("summary[aria-label]").first().click();
  const box = page.getByRole("banner").getByRole("searchbox");
  await expect(box).toBeInViewport();
  await box.fill("Оджаг");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/ru\/search\?q=/);
  await expect(page.getByRole("searchbox")).toHaveCount(1);
  await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue("Оджаг");
});

test("no menu is streamed in after the first bytes, where it would replace one a reader has already opened", async ({
  request,
}) => {
  // React streams a suspended part as a hidden <div id="S:n"> and a script that swaps it in for its fallback. A
  // <details> inside such a part would be a new, closed element: a tap on the fallback's menu would be lost.
  for (const path of ["/en/organizations?country=DE", "/ru/events", "/hy/diasporas", "/kk"]) {
    const html = await (await request.get(path)).text();
    const streamed = [...html.matchAll(/<div hidden id="S:[^"]*">([\s\S]*?)<script/g)].map((m) => m[1]);
    for (const part of streamed) expect(part, path).not.toMatch(/<details|<summary/);
    // The header's menus are all in the first bytes.
    const header = html.slice(html.indexOf("<header"), html.indexOf("</header>"));
    expect(header.match(/<details/g)?.length ?? 0, path).toBeGreaterThanOrEqual(3);
  }
});

test("a menu opened before the page's script has run stays open once it runs", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A slow phone: the scripts arrive after the HTML, and the reader taps the language menu meanwhile.
  const release = await holdScripts(page);
  await page.goto("/en/organizations", { waitUntil: "commit" });
  const menu = page
    .getByRole("banner")
    .locator("details")
    .filter({ has: page.locator("a[hreflang]") });
  await menu.locator("summary").click();
  await expect(menu).toHaveJSProperty("open", true);
  release();
  // Hydrated: the search box's client code is there. The menu is still open, and its languages can be tapped.
  await page.waitForLoadState("networkidle");
  await expect(menu).toHaveJSProperty("open", true);
  await menu.getByRole("link", { name: "Русский", exact: true }).click();
  await expect(page).toHaveURL(/\/ru\/organizations$/);
  await context.close();
});

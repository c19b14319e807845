// Large choices (issue 15, item 4): countries, cities, organizers and languages are chosen by typing in a combobox
// (Headless UI) with the ARIA combobox pattern, by keyboard as well as by pointer, in any script; the filters apply
// on the choice, and on a phone the options stay on the screen.
import { expect, test } from "./support/shared-page";
import { expectNoAxeViolations } from "./support/axe";
import { choose, comboboxReady, optionsOf } from "./support/combobox";

test("a country is found by typing and chosen by keyboard; the pattern's ARIA states say what is happening", async ({
  page,
}) => {
  await page.goto("/ru/events?when=past");
  const filters = page.getByRole("search", { name: "Фильтр мероприятий" });
  const box = await comboboxReady(filters, "Страна");
  await box.focus();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const listbox = page.locator(`[id="${await box.getAttribute("aria-controls")}"]`);
  await expect(listbox).toHaveRole("listbox");
  await page.keyboard.type("росс");
  await expect(listbox.getByRole("option")).toHaveText([/^Россия\s*\d+$/]);
  await page.keyboard.press("ArrowDown");
  const active = await box.getAttribute("aria-activedescendant");
  await expect(page.locator(`[id="${active}"]`)).toHaveText(/^Россия/);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ru\/events\?when=past&country=RU$/);
  await expect(box).toHaveValue("Россия");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("group", { name: "Выбранные фильтры" }).getByRole("link")).toHaveText([
    "Страна: Россия×",
  ]);

  // Escape closes without choosing; the chosen country stays.
  await box.focus();
  await page.keyboard.type("кит");
  await expect(optionsOf(box)).toHaveText([/^Китай\s*\d+$/]);
  await page.keyboard.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(page).toHaveURL(/country=RU$/);
});

test("a country is found by its English name on a Russian page, and nothing found says so", async ({ page }) => {
  await page.goto("/ru/events?when=past");
  const filters = page.getByRole("search", { name: "Фильтр мероприятий" });
  await choose(filters, "Страна", /^Китай/, "China");
  await expect(page).toHaveURL(/country=CN$/);
  const box = await comboboxReady(filters, "Страна");
  await box.fill("Atlantis");
  await expect(page.getByText("Ничего не найдено")).toBeVisible();
});

test("the organizer is chosen by part of its name and the list follows", async ({ page }) => {
  await page.goto("/en/events?when=all");
  const filters = page.getByRole("search", { name: "Filter events" });
  const box = await comboboxReady(filters, "Organizer");
  await box.click();
  const options = optionsOf(box);
  // Every organizer is listed at first ("Any organizer" too), then only those whose name holds the words typed.
  const all = await options.count();
  // What was typed is also looked up among every organizer with events under the other filters (beyond the
  // listed ones at scale); here all are listed, so the answer adds none twice.
  const lookup = page.waitForResponse((r) => r.url().includes("/api/choices/event-organizers?"));
  await box.fill("armen");
  const answer = await lookup;
  expect(new URL(answer.url()).searchParams.get("when")).toBe("all");
  expect(new URL(answer.url()).searchParams.get("text")).toBe("armen");
  const found = ((await answer.json()) as { choices: { label: string; count: number }[] }).choices;
  expect(found.length).toBeGreaterThan(0);
  await expect.poll(() => options.count()).toBeLessThan(all);
  const names = await options.allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(new Set(names).size).toBe(names.length);
  for (const { label, count } of found) expect(names).toContain(`${label}${count}`);
  for (const name of names) expect(name.toLowerCase()).toMatch(/armen/);
  const chosen = names[0]!.replace(/\s*\d+$/, "");
  await options.first().click();
  await expect(page).toHaveURL(/[?&]organization=[a-z0-9-]+/);
  await expect(page.getByRole("group", { name: "Active filters" }).getByRole("link")).toHaveText([
    `Organizer: ${chosen}×`,
  ]);
  await expect(box).toHaveValue(chosen);
});

test("390 px (hy): the options open within the screen inside the filter sheet, and choosing applies", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/hy/organizations");
  await page.locator("main summary").click();
  const form = page.locator("#organization-filters");
  const box = await comboboxReady(form, "Բնակության երկիր");
  await box.click();
  const first = optionsOf(box).nth(1);
  await expect(first).toBeVisible();
  const rect = (await first.boundingBox())!;
  expect(rect.x).toBeGreaterThanOrEqual(0);
  expect(rect.x + rect.width).toBeLessThanOrEqual(390);
  expect(rect.height).toBeGreaterThanOrEqual(24);
  await expectNoAxeViolations(page);
  await box.fill("Ռուս");
  await optionsOf(box).first().click();
  await expect(page).toHaveURL(/\/hy\/organizations\?country=RU$/);
  await expect(page.locator("main summary")).toHaveText(/\(1\)/);
});

import type { Page } from "@playwright/test";

/** Opens the header's language menu and picks a language by its own name ("Русский", "English"…). */
export async function switchLanguage(page: Page, endonym: string) {
  // The header's other menus (search, the phone "Menu") are <details> too: the language menu is the one with hreflangs.
  const menu = page
    .getByRole("banner")
    .locator("details")
    .filter({ has: page.locator("a[hreflang]") });
  await menu.locator("summary").click();
  await menu.getByRole("link", { name: endonym, exact: true }).click();
}

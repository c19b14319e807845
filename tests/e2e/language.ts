import type { Page } from "@playwright/test";

/** Opens the header's language menu and picks a language by its own name ("Русский", "English"…). */
export async function switchLanguage(page: Page, endonym: string) {
  const menu = page.getByRole("banner").locator("details");
  await menu.locator("summary").click();
  await menu.getByRole("link", { name: endonym, exact: true }).click();
}

// The form kit's error summary (components/forms/form-alert.tsx) as a reader meets it after a refused submit.
import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The summary has focus, says the form's heading and links each listed field as "Label — message"; following the
 * first link puts focus in that field (`field`).
 */
export async function expectErrorSummary(
  scope: Page | Locator,
  heading: string,
  links: RegExp[],
  follow?: { link: RegExp; field: Locator },
) {
  const alert = scope.getByRole("alert");
  await expect(alert).toBeFocused();
  await expect(alert.locator("p").first()).toHaveText(heading);
  for (const name of links) await expect(alert.getByRole("link", { name })).toBeVisible();
  if (follow) {
    await alert.getByRole("link", { name: follow.link }).click();
    await expect(follow.field).toBeFocused();
  }
}

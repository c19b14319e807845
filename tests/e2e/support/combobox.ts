// Choosing in a searchable field (components/ui/combobox.tsx) as a user does: type part of a name, then pick the
// option. The field is a native select until the page's script has run; the combobox says it is one with
// aria-expanded, so the helper waits for that first.
import { expect, type Locator, type Page } from "@playwright/test";

export async function comboboxReady(scope: Page | Locator, label: string | RegExp): Promise<Locator> {
  const box = scope.getByRole("combobox", { name: label, exact: typeof label === "string" ? true : undefined });
  await expect(box).toHaveAttribute("aria-expanded", /true|false/);
  return box;
}

/** Types `typed` into the combobox labelled `label` and clicks the option named `option` (its label, not its value). */
export async function choose(
  scope: Page | Locator,
  label: string | RegExp,
  option: string | RegExp,
  typed = typeof option === "string" ? option.slice(0, 4) : "",
): Promise<void> {
  const box = await comboboxReady(scope, label);
  await box.click();
  await box.fill(typed);
  await optionsOf(box).filter({ hasText: option }).first().click();
}

/** The options of a combobox's own listbox (not the options of a native select elsewhere in the form). */
export function optionsOf(box: Locator): Locator {
  return box.locator("xpath=ancestor::*[@data-combobox][1]").getByRole("listbox").getByRole("option");
}

// A moderator's edit of an organization, sent for review and approved through the UI, on the server at `origin`.
import { expect, type Page } from "@playwright/test";

export async function publishAcronym(page: Page, origin: string, slug: string, acronym: string) {
  await page.goto(`${origin}/en/curate/organizations/${slug}/edit`);
  await page.getByRole("textbox", { name: "Acronym" }).fill(acronym);
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page).toHaveURL(/\/en\/curate\?submitted=1$/);
  await page.goto(`${origin}/en/moderate`);
  await page.getByRole("article").filter({ hasText: acronym }).getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Published.");
}

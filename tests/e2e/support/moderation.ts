// An edit of an organization's acronym sent for review by one account and approved through the UI by another (four
// eyes: nobody approves their own revision), on the server at `origin`. The edit cites no source, so the reviewer
// records why none is needed (lib/curation/sourcing.ts).
import { expect, type Page } from "@playwright/test";

export async function publishAcronym(editor: Page, reviewer: Page, origin: string, slug: string, acronym: string) {
  await editor.goto(`${origin}/en/curate/organizations/${slug}/edit`);
  await editor.getByRole("textbox", { name: "Acronym" }).fill(acronym);
  await editor.getByRole("button", { name: "Send for review" }).click();
  await expect(editor).toHaveURL(/\/en\/curate\?submitted=1$/);
  await reviewer.goto(`${origin}/en/moderate`);
  const entry = reviewer.getByRole("article").filter({ hasText: acronym });
  await entry.getByRole("textbox", { name: "Why no source is needed" }).fill("Test edit of the acronym");
  await entry.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer.getByRole("status")).toHaveText("Published.");
}

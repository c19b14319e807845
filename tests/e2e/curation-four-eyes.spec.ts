// Four eyes in the moderation queue (issue #12, item 4): a moderator sees their own revision with a note instead of
// "Approve and publish"; an admin sees "Publish without review" on theirs, which publishes it and is written to the
// audit log as published without review. Someone else's revision is approved as usual.
import { expect, test } from "@playwright/test";
import { createAccount, uniqueEmail } from "./support/accounts";
import { sessionStore } from "./support/sessions";

const MODERATOR = {
  email: uniqueEmail("four-eyes-moderator"),
  password: "Walnut-ferry-Gyumri-33",
  name: "Mher Moderator",
};
const ADMIN = { email: uniqueEmail("four-eyes-admin"), password: "Lantern-orchard-Sevan-71", name: "Ani Admin" };
const SLUG = "arma";
const stamp = Date.now().toString(36).toUpperCase();

test.describe.configure({ mode: "serial" });
const sessions = sessionStore("curation-four-eyes");

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await Promise.all([
    createAccount({ ...MODERATOR, role: "moderator", extra: ["--global"] }),
    createAccount({ ...ADMIN, role: "admin" }),
  ]);
  await sessions.signInOnce(browser, "moderator", MODERATOR);
  await sessions.signInOnce(browser, "admin", ADMIN);
});

test("nobody approves their own revision; an admin may publish theirs without review, audited as such", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto(`/en/curate/organizations/${SLUG}/edit`);
  await moderator.getByRole("textbox", { name: "Acronym" }).fill(`MOD-${stamp}`);
  await moderator.getByRole("button", { name: "Send for review" }).click();
  await expect(moderator).toHaveURL(/\/en\/curate\?submitted=1$/);
  await moderator.goto("/en/moderate");
  const own = moderator.getByRole("article").filter({ hasText: `MOD-${stamp}` });
  await expect(own).toContainText("You wrote this change: another moderator must review it.");
  await expect(own.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  await expect(own.getByRole("button", { name: "Publish without review" })).toHaveCount(0);

  // The admin's own edit of the same entry: only the explicit control.
  const admin = await sessions.openAs(browser, "admin");
  await admin.goto(`/en/curate/organizations/${SLUG}/edit`);
  await admin.getByRole("textbox", { name: "Acronym" }).fill(`ADM-${stamp}`);
  await admin.getByRole("button", { name: "Send for review" }).click();
  await expect(admin).toHaveURL(/\/en\/curate\?submitted=1$/);
  await admin.goto("/en/moderate");
  // The moderator's revision is someone else's for the admin: the ordinary approval is offered there.
  await expect(
    admin
      .getByRole("article")
      .filter({ hasText: `MOD-${stamp}` })
      .getByRole("button", { name: "Approve and publish" }),
  ).toBeVisible();
  const mine = admin.getByRole("article").filter({ hasText: `ADM-${stamp}` });
  await expect(mine.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  await mine.getByRole("textbox", { name: "Why no source is needed" }).fill("Test edit of the acronym");
  await mine.getByRole("button", { name: "Publish without review" }).click();
  await expect(admin.getByRole("status")).toHaveText("Published.");
  expect((await (await request.get(`/api/v1/organizations/${SLUG}`)).json()).data.acronym).toBe(`ADM-${stamp}`);

  await admin.goto("/en/admin/audit");
  await expect(admin.locator('[data-action="revision.self_published"]').first()).toHaveText(
    "Revision published without review",
  );
  await Promise.all([moderator.context().close(), admin.context().close()]);
});

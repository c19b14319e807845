// Curator forms (issue #15, item 6): signing in lands each role on its work; a refused submit puts focus on the
// error summary, whose links take the keyboard to each field; a web address typed without its scheme is completed;
// a returned revision reopens with what it proposed and the moderator's comment, and goes back as a new revision;
// another diaspora's entry answers 403 saying why, with "Suggest a correction"; the public page shows "Edit" only to
// the curators who may edit the entry, asked for after the (cached, shared) page has loaded.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { clientAddressOf, createAccount, signIn, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { sessionStore } from "./support/sessions";

const CURATOR = { email: uniqueEmail("forms-hy"), password: "Apricot-lantern-Gyumri-1837", name: "Nare Curator" };
const GEORGIAN = { email: uniqueEmail("forms-ka"), password: "Walnut-orchard-Kutaisi-1122", name: "Eka Curator" };
const MODERATOR = { email: uniqueEmail("forms-mod"), password: "Granite-harbour-Sevan-1915", name: "Aram Moderator" };
const ARMENIAN_ORG = "association-of-armenians-of-russia";
// Nothing else in the end-to-end suite edits this one: its pending and returned revisions are this spec's own.
const REOPENED_ORG = "uwc-dilijan-college";
const suffix = Date.now().toString(36).toUpperCase();

test.describe.configure({ mode: "serial" });

const sessions = sessionStore("curation-forms");

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await Promise.all([
    createAccount({ ...CURATOR, role: "curator", extra: ["--diaspora", "armenian"] }),
    createAccount({ ...GEORGIAN, role: "curator", extra: ["--diaspora", "georgian"] }),
    createAccount({ ...MODERATOR, role: "moderator", extra: ["--diaspora", "armenian"] }),
  ]);
});

/** Signs in through the form and keeps the session under `who`; returns where signing in landed. */
async function signInAndKeep(browser: Browser, who: string, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "en", account.email, account.password);
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"), { timeout: 20_000 });
  await context.storageState({ path: sessions.file(who) });
  const landed = new URL(page.url()).pathname;
  await context.close();
  return landed;
}

test("signing in lands a curator on their work and a moderator on the queue, unless a page asked for it", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  expect(await signInAndKeep(browser, "curator", CURATOR)).toBe("/en/curate");
  expect(await signInAndKeep(browser, "moderator", MODERATOR)).toBe("/en/moderate");
  expect(await signInAndKeep(browser, "georgian", GEORGIAN)).toBe("/en/curate");

  // A page that sent the curator to sign in gets them back.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setExtraHTTPHeaders({ "x-forwarded-for": clientAddressOf(CURATOR.email) });
  await page.goto("/en/curate/sources");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fcurate%2Fsources$/);
  await page.getByRole("textbox", { name: "Email" }).fill(CURATOR.email);
  await page.getByLabel("Password", { exact: true }).fill(CURATOR.password);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/curate\/sources$/);
  await context.close();
});

/** The address field of the form's first channel. */
const firstChannelUrl = (page: Page) =>
  page.getByRole("group", { name: "Channel 1" }).getByRole("textbox", { name: "Address (URL)" });

test("a refused submit puts focus on the error summary, and its links take the keyboard to each field", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/en/curate/organizations/new");
  await page.getByRole("textbox", { name: "Address (slug)" }).fill("Not A Slug");
  await page.getByRole("textbox", { name: "City in English" }).fill("Yerevan");
  // Completed as the field is left, and kept through the refused submit.
  await firstChannelUrl(page).fill("example.org/armenian-youth");
  await firstChannelUrl(page).press("Tab");
  await expect(firstChannelUrl(page)).toHaveValue("https://example.org/armenian-youth");
  await page
    .getByRole("group", { name: "Channel 2" })
    .getByRole("textbox", { name: "Address (URL)" })
    .fill("javascript:alert(1)");

  // Submitted from the keyboard: Enter in a text field.
  await page.getByRole("textbox", { name: "City in English" }).press("Enter");
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.locator("p").first()).toHaveText("Some fields need attention; see the messages beside them.");
  // One link per field, in the order the fields come in the form.
  const links = summary.getByRole("link");
  await expect(links).toHaveText([
    /^Name in Russian — Give a name in Russian or English\.$/,
    /^Address \(slug\) — Use lower-case Latin letters/,
    /^Type — Choose at least one type\.$/,
    /^Address \(URL\) — Enter a full web address/,
  ]);

  // Tab from the summary reaches its first link; Enter on it puts focus in that field.
  await page.keyboard.press("Tab");
  await expect(links.first()).toBeFocused();
  const first = (await links.first().getAttribute("href"))!.slice(1);
  await page.keyboard.press("Enter");
  await expect(page.locator(`[id="${first}"]`)).toBeFocused();

  // Every other link does the same, each to its own field (a group's link to its first box).
  for (const link of await links.all()) {
    const id = (await link.getAttribute("href"))!.slice(1);
    await link.focus();
    await page.keyboard.press("Enter");
    const inField = (target: string) => {
      const field = document.getElementById(target);
      return Boolean(field && document.activeElement && field.contains(document.activeElement));
    };
    await expect.poll(() => page.evaluate(inField, id), id).toBe(true);
  }
  await summary.getByRole("link", { name: /^Type — / }).press("Enter");
  await expect(page.getByRole("group", { name: "Type" }).getByRole("checkbox").first()).toBeFocused();
  await summary.getByRole("link", { name: /^Address \(URL\) — / }).press("Enter");
  await expect(
    page.getByRole("group", { name: "Channel 2" }).getByRole("textbox", { name: "Address (URL)" }),
  ).toBeFocused();

  // Nothing typed was lost.
  await expect(page.getByRole("textbox", { name: "Address (slug)" })).toHaveValue("Not A Slug");
  await expect(page.getByRole("textbox", { name: "City in English" })).toHaveValue("Yerevan");
  await expect(firstChannelUrl(page)).toHaveValue("https://example.org/armenian-youth");
  await expectNoAxeViolations(page);
  await page.context().close();
});

test("another diaspora's curator gets a 403 page that says why and offers to suggest a correction", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "georgian");
  const response = await page.goto(`/en/curate/organizations/${ARMENIAN_ORG}/edit`);
  expect(response?.status()).toBe(403);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("You cannot edit this entry");
  await expect(main).toContainText("You curate the Georgian diaspora; this entry belongs to the Armenian diaspora.");
  await expect(main.getByRole("textbox")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expect(main.getByRole("link", { name: "Back to your work" })).toHaveAttribute("href", "/en/curate");

  await main.getByRole("link", { name: "Suggest a correction" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/organizations/${ARMENIAN_ORG}#suggest$`));
  // The fragment opens the folded suggestion form.
  await expect(page.getByRole("textbox", { name: "What is wrong, and what is correct?" })).toBeVisible();

  // The history of that entry is refused the same way; an entry that does not exist is still a 404.
  expect((await page.goto(`/en/curate/organizations/${ARMENIAN_ORG}/history`))?.status()).toBe(403);
  expect((await page.goto("/en/curate/organizations/no-such-organization/edit"))?.status()).toBe(404);
  await page.context().close();
});

test("a returned revision reopens with what it proposed and the moderator's comment, and goes back for review", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const curator = await sessions.openAs(browser, "curator");
  const moderator = await sessions.openAs(browser, "moderator");
  const proposed = `RET-${suffix}`;
  const comment = `Which source gives the acronym ${proposed}? (${suffix})`;

  await curator.goto(`/en/curate/organizations/${REOPENED_ORG}/edit`);
  await curator.getByRole("textbox", { name: "Acronym" }).fill(proposed);
  await curator.getByRole("button", { name: "Send for review" }).click();
  await expect(curator).toHaveURL(/\/en\/curate\?submitted=1$/);

  await moderator.goto("/en/moderate");
  const entry = moderator.getByRole("article").filter({ hasText: proposed });
  await entry.getByRole("textbox", { name: "Comment for the curator" }).fill(comment);
  await entry.getByRole("button", { name: "Return to the curator" }).click();
  await expect(moderator.getByRole("status")).toHaveText("Returned to the curator.");

  await curator.goto("/en/curate");
  const row = curator.getByRole("row").filter({ hasText: comment });
  await expect(row).toContainText("Returned");
  await row.getByRole("link", { name: "Fix and send again" }).click();
  await expect(curator).toHaveURL(new RegExp(`/en/curate/organizations/${REOPENED_ORG}/edit\\?revision=`));
  const returned = curator.getByRole("region", { name: /^A moderator returned this revision on / });
  await expect(returned).toContainText(comment);
  // Pre-filled with what the returned revision proposed, not with the published entry.
  await expect(curator.getByRole("textbox", { name: "Acronym" })).toHaveValue(proposed);
  await expectNoAxeViolations(curator);

  const fixed = `FIX-${suffix}`;
  await curator.getByRole("textbox", { name: "Acronym" }).fill(fixed);
  await curator.getByRole("button", { name: "Send for review" }).click();
  await expect(curator).toHaveURL(/\/en\/curate\?submitted=1$/);
  await expect(curator.getByRole("row").filter({ hasText: "Waiting for review" }).first()).toBeVisible();

  await moderator.goto("/en/moderate");
  const resubmitted = moderator.getByRole("article").filter({ hasText: fixed });
  await expect(resubmitted).toBeVisible();
  // The returned revision is not waiting any more: only the fixed one is.
  await expect(moderator.getByRole("article").filter({ hasText: proposed })).toHaveCount(0);
  await Promise.all([curator.context().close(), moderator.context().close()]);
});

test("the public page shows Edit to a curator who may edit the entry, never in its HTML, and not to others", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const path = `/en/organizations/${REOPENED_ORG}`;
  const editHref = `/en/curate/organizations/${REOPENED_ORG}/edit`;

  const curator = await sessions.openAs(browser, "curator");
  const answered = curator.waitForResponse((r) => r.url().includes("/api/curate/edit-link"));
  const response = await curator.goto(path);
  // The served HTML is the same for everyone: the link is asked for after the page has loaded.
  expect(await response!.text()).not.toContain(editHref);
  expect((await answered).headers()["cache-control"]).toBe("private, no-store");
  await expect(curator.getByRole("link", { name: "Edit this entry" })).toHaveAttribute("href", editHref);
  await expectNoAxeViolations(curator);
  await curator.getByRole("link", { name: "Edit this entry" }).click();
  await expect(curator).toHaveURL(new RegExp(`${editHref}$`));

  for (const page of [await sessions.openAs(browser, "georgian"), await browser.newPage()]) {
    const asked = page.waitForResponse((r) => r.url().includes("/api/curate/edit-link"));
    await page.goto(path);
    expect(await (await asked).json()).toEqual({ href: null });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit this entry" })).toHaveCount(0);
    await page.context().close();
  }

  // The answer itself, without a browser: nobody signed in gets nothing.
  const anonymous = await playwright.request.newContext({ baseURL });
  const answer = await anonymous.get(`/api/curate/edit-link?kind=organization&slug=${REOPENED_ORG}`);
  expect(await answer.json()).toEqual({ href: null });
  await anonymous.dispose();
  await curator.context().close();
});

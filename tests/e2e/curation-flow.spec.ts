// The whole curation story in Chromium, as issue #4 tells it: an admin invites a curator (the mail is caught by
// the local SMTP catcher); the curator sets a password and, in Russian, submits a new organization; a moderator
// approves it and readers see it; the curator edits it; two browsers edit the same entry and the second sees
// both values side by side instead of overwriting (and may then knowingly send theirs); an old revision is
// restored from the history page.
import { expect, test, type Browser } from "@playwright/test";
import { sessionStore } from "./support/sessions";
import { createAccount, mailTo, signIn, uniqueEmail } from "./support/accounts";
import { choose } from "./support/combobox";

const ADMIN = { email: uniqueEmail("flow-admin"), password: "Granite-orchard-lantern-42", name: "Flow Admin" };
const MODERATOR = {
  email: uniqueEmail("flow-moderator"),
  password: "Saffron-meadow-compass-17",
  name: "Flow Moderator",
};
const CURATOR = { email: uniqueEmail("flow-curator"), password: "Apricot-valley-Sevan-1962", name: "Ануш Куратор" };
const SECOND = { email: uniqueEmail("flow-second"), password: "Walnut-bridge-Gyumri-1837", name: "Second Curator" };
const suffix = Date.now().toString(36);
const ORG = {
  slug: `hay-tun-${suffix}`,
  ru: `Армянский дом ${suffix}`,
  en: `Armenian House ${suffix}`,
  hy: `Հայ տուն ${suffix}`,
};

test.describe.configure({ mode: "serial" });

const sessions = sessionStore("curation-flow");

/**
 * The moderator approves the pending revision titled `heading` from the queue. The flow's edits cite no source, so
 * the moderator records why none is needed (curation-sourcing.spec.ts covers sourcing itself).
 */
async function approve(browser: Browser, heading: string | RegExp) {
  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/en/moderate");
  const entry = moderator.getByRole("article", { name: heading });
  await expect(entry).toContainText("No source.");
  await entry.getByRole("textbox", { name: "Why no source is needed" }).fill("Test data of the curation flow");
  await entry.getByRole("button", { name: "Approve and publish" }).click();
  await expect(moderator.getByRole("status")).toHaveText("Published.");
  await moderator.context().close();
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  await Promise.all([
    createAccount({ ...ADMIN, role: "admin" }),
    createAccount({ ...MODERATOR, role: "moderator", extra: ["--global"] }),
    createAccount({ ...SECOND, role: "curator", extra: ["--diaspora", "armenian"] }),
  ]);
  await sessions.signInOnce(browser, "admin", ADMIN);
  await sessions.signInOnce(browser, "moderator", MODERATOR);
  await sessions.signInOnce(browser, "second", SECOND);
});

test("an invited curator sets a password and submits an organization in Russian; once approved, readers see it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await sessions.openAs(browser, "admin");
  await admin.goto("/en/admin/users");
  const invite = admin.getByRole("form", { name: "Invite someone" });
  await invite.getByRole("textbox", { name: "Email" }).fill(CURATOR.email);
  await invite.getByLabel("Role").selectOption("CURATOR");
  await invite.getByRole("checkbox", { name: "Armenian diaspora" }).check();
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(invite.getByRole("status")).toHaveText("The invitation has been sent.");
  await admin.context().close();

  const mail = await mailTo(CURATOR.email);
  const link = mail.text.match(/https?:\/\/\S+\/en\/invitations\/[\w-]+/)?.[0];
  expect(link).toBeTruthy();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link!.replace("/en/invitations/", "/ru/invitations/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Принять приглашение");
  await page.getByRole("textbox", { name: "Ваше имя" }).fill(CURATOR.name);
  await page.getByLabel("Пароль", { exact: true }).fill(CURATOR.password);
  await page.getByLabel("Пароль ещё раз").fill(CURATOR.password);
  await page.getByRole("button", { name: "Создать учётную запись" }).click();
  await expect(page).toHaveURL(/\/ru\/sign-in\?notice=invitationAccepted/);
  await signIn(page, "ru", CURATOR.email, CURATOR.password);
  await expect(page).toHaveURL(/\/ru\/curate$/);
  await context.storageState({ path: sessions.file("curator") });

  await page.goto("/ru/curate");
  await page.getByRole("link", { name: "Новая организация" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новая организация");
  await page.getByRole("textbox", { name: "Адрес (slug)" }).fill(ORG.slug);
  await page.getByRole("textbox", { name: "Название — русский" }).fill(ORG.ru);
  await page.getByRole("textbox", { name: "Название — английский" }).fill(ORG.en);
  await page.getByRole("textbox", { name: "Название — армянский" }).fill(ORG.hy);
  await page.getByRole("group", { name: "Тип" }).getByRole("checkbox").first().check();
  await choose(page, "Страны пребывания", "Франция", "Fran");
  await page.getByRole("textbox", { name: "Год основания" }).fill("1999");
  await page.getByRole("button", { name: "Отправить на проверку" }).click();
  await expect(page).toHaveURL(/\/ru\/curate\?submitted=1$/);
  await expect(page.getByRole("row", { name: new RegExp(ORG.ru) })).toContainText("Ждёт проверки");
  expect((await page.goto(`/ru/organizations/${ORG.slug}`))!.status()).toBe(404);

  await approve(browser, `New organization: ${ORG.en}`);
  await page.goto(`/ru/organizations/${ORG.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ORG.ru);
  await page.goto("/hy/organizations?diaspora=armenian");
  await expect(page.getByRole("link", { name: ORG.hy })).toBeVisible();
  await context.close();
});

test("the curator's edit is published after approval", async ({ browser }) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/ru/curate/organizations");
  const main = page.getByRole("main");
  await main.getByRole("searchbox", { name: "Найти по названию" }).fill(suffix);
  await main.getByRole("button", { name: "Найти" }).click();
  await expect(main.getByRole("status")).toHaveText("1 запись");
  await main.getByRole("listitem").filter({ hasText: ORG.ru }).getByRole("link", { name: "Редактировать" }).click();
  await expect(page.getByRole("textbox", { name: "Название — русский" })).toHaveValue(ORG.ru);
  await page.getByRole("textbox", { name: "Год основания" }).fill("2001");
  await page.getByRole("button", { name: "Отправить на проверку" }).click();
  await expect(page).toHaveURL(/\/ru\/curate\?submitted=1$/);
  await approve(browser, `Change to ${ORG.en}`);
  await page.goto(`/en/organizations/${ORG.slug}`);
  await expect(page.getByRole("main")).toContainText("2001");
  await page.context().close();
});

test("two browsers edit the same entry: the second sees both values side by side and keeps what it typed", async ({
  browser,
}) => {
  const first = await sessions.openAs(browser, "curator");
  const second = await sessions.openAs(browser, "second");
  await Promise.all([
    first.goto(`/en/curate/organizations/${ORG.slug}/edit`),
    second.goto(`/en/curate/organizations/${ORG.slug}/edit`),
  ]);
  await first.getByRole("textbox", { name: "Acronym" }).fill("AHF");
  await second.getByRole("textbox", { name: "Acronym" }).fill("AHS");
  await second.getByRole("textbox", { name: "City in English" }).fill("Marseille");

  await first.getByRole("button", { name: "Send for review" }).click();
  await expect(first).toHaveURL(/\/en\/curate\?submitted=1$/);
  await approve(browser, `Change to ${ORG.en}`);

  await second.getByRole("button", { name: "Send for review" }).click();
  await expect(second.getByRole("main").getByRole("alert")).toContainText(
    "The published entry changed after you started",
  );
  const conflict = second.getByRole("region", { name: "Published version and yours" });
  await expect(conflict.getByRole("row", { name: /Acronym/ })).toHaveText(/Acronym\s*AHF\s*AHS/);
  await expect(second.getByRole("textbox", { name: "Acronym" })).toHaveValue("AHS");
  await expect(second.getByRole("textbox", { name: "City in English" })).toHaveValue("Marseille");
  await second.screenshot({ path: "test-results/curation-conflict-en.png", fullPage: true });
  // Nothing was overwritten: the public still sees the first curator's version.
  await first.goto(`/en/organizations/${ORG.slug}`);
  await expect(first.getByRole("main")).toContainText("AHF");
  await expect(first.getByRole("main")).not.toContainText("Marseille");

  // Having compared, the second curator knowingly sends their values; they go to review like any edit.
  await second.getByRole("checkbox", { name: /I have compared them/ }).check();
  await second.getByRole("button", { name: "Send for review" }).click();
  await expect(second).toHaveURL(/\/en\/curate\?submitted=1$/);
  await approve(browser, `Change to ${ORG.en}`);
  await first.goto(`/en/organizations/${ORG.slug}`);
  await expect(first.getByRole("main")).toContainText("AHS");
  await expect(first.getByRole("main")).toContainText("Marseille");
  await first.context().close();
  await second.context().close();
});

test("an old revision is restored from the history page and, once approved, is public again", async ({ browser }) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto(`/en/curate/organizations/${ORG.slug}/history`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`History: ${ORG.en}`);
  const versions = page.getByRole("table", { name: "Versions of this entry, newest first" });
  // Header, published now, the creation and three approved edits.
  await expect(versions.getByRole("row")).toHaveCount(6);
  const oldest = versions.getByRole("row").last();
  await oldest.getByRole("radio", { name: /^Compare from/ }).check();
  await versions
    .getByRole("row")
    .nth(1)
    .getByRole("radio", { name: /^Compare to/ })
    .check();
  await page.getByRole("button", { name: "Compare the chosen versions" }).click();
  const differences = page.getByRole("region", { name: "Differences" });
  await expect(differences.getByRole("row", { name: /Year founded/ })).toHaveText(/1999\s*2001/);
  await expect(differences.getByRole("row", { name: /Acronym/ })).toHaveText(/—\s*AHS/);
  await expect(differences.getByRole("row", { name: /City \(en\)/ })).toHaveText(/—\s*Marseille/);
  await page.screenshot({ path: "test-results/curation-history-en.png", fullPage: true });

  await versions
    .getByRole("row")
    .last()
    .getByRole("button", { name: /^Restore/ })
    .click();
  await expect(page).toHaveURL(/\/en\/curate\?submitted=1$/);
  await approve(browser, `Change to ${ORG.en}`);
  await page.goto(`/en/organizations/${ORG.slug}`);
  await expect(page.getByRole("main")).toContainText("1999");
  await expect(page.getByRole("main")).not.toContainText("AHS");
  await expect(page.getByRole("main")).not.toContainText("Marseille");
  await page.context().close();
});

// Curators' accounts end to end: an admin made with `npm run user:create` invites a curator for the Armenian
// diaspora; the invitation is mailed to a local SMTP catcher; the curator sets a password (the policy's
// errors first), signs in, sees their sessions and signs the others out. Then the same pages in Russian.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createUserWithCli, mailTo, signIn, uniqueEmail } from "./support/accounts";
import { expectErrorSummary } from "./support/forms";

const ADMIN = { email: uniqueEmail("admin"), password: "Quiet-harbour-lantern-7", name: "Ada Admin" };
const CURATOR = { email: uniqueEmail("curator"), password: "Pomegranate-river-1918", name: "Ani Curator" };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // The CLI's start-up (npm, tsx) and password hashing can take a while on a busy machine.
  test.setTimeout(120_000);
  const output = await createUserWithCli({
    email: ADMIN.email,
    role: "admin",
    password: ADMIN.password,
    name: ADMIN.name,
  });
  expect(output).toContain("can sign in now");
});

test("an admin invites a curator, who sets a password, signs in and signs out their other sessions", async ({
  page,
  browser,
}) => {
  // Four sign-ins (each a password hash), an invitation by mail, three browser contexts and an axe run: beside the
  // main app's writing specs (playwright.config.ts) it took more than the default 30 s twice on a 2-core machine.
  test.setTimeout(90_000);
  await signIn(page, "en", ADMIN.email, ADMIN.password);
  // Signing in lands an admin on the moderation queue (lib/auth/landing.ts).
  await expect(page).toHaveURL(/\/en\/moderate$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moderation queue");

  await page.locator("summary", { hasText: ADMIN.name }).click();
  await page.getByRole("link", { name: "Users and roles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users and roles");
  await expectNoAxeViolations(page);

  const invite = page.getByRole("form", { name: "Invite someone" });
  await invite.getByRole("textbox", { name: "Email" }).fill(CURATOR.email);
  await invite.getByLabel("Role").selectOption("CURATOR");
  // A curator without a diaspora is refused, and the address typed stays.
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expectErrorSummary(invite, "Some fields need attention; see the messages beside them.", [
    /^Diasporas — Choose at least one diaspora/,
  ]);
  await expect(invite.getByRole("group", { name: "Diasporas" })).toHaveAccessibleDescription(
    /Choose at least one diaspora/,
  );
  await expect(invite.getByRole("textbox", { name: "Email" })).toHaveValue(CURATOR.email);
  await invite.getByRole("checkbox", { name: "Armenian diaspora" }).check();
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(invite.getByRole("status")).toHaveText("The invitation has been sent.");
  await expect(page.getByRole("region", { name: "Open invitations" })).toContainText(CURATOR.email);

  const mail = await mailTo(CURATOR.email);
  expect(mail.subject).toBe("Invitation to the Diaspora Atlas as curator");
  const link = mail.text.match(/https?:\/\/\S+\/en\/invitations\/[\w-]+/)?.[0];
  expect(link).toBeTruthy();

  const curatorContext = await browser.newContext();
  const curator = await curatorContext.newPage();
  await curator.goto(link!);
  await expect(curator.getByRole("heading", { level: 1 })).toHaveText("Accept your invitation");
  const email = curator.getByRole("textbox", { name: "Email" });
  await expect(email).toHaveValue(CURATOR.email);
  const name = curator.getByRole("textbox", { name: "Your name" });
  const password = curator.getByLabel("Password", { exact: true });
  const again = curator.getByLabel("Password again");
  const submit = curator.getByRole("button", { name: "Create my account" });

  await name.fill(CURATOR.name);
  await password.fill("qwertyuiop");
  await again.fill("qwertyuiop");
  await submit.click();
  await expect(password).toHaveAccessibleDescription(/one of the most common ones/);
  await expect(email).toHaveValue(CURATOR.email);
  await expect(name).toHaveValue(CURATOR.name);

  await password.fill("k7#Vq2!pL");
  await again.fill("k7#Vq2!pL");
  await submit.click();
  await expect(password).toHaveAccessibleDescription(/Use at least 10 characters\./);
  await expect(email).toHaveValue(CURATOR.email);

  await password.fill(CURATOR.password);
  await again.fill(CURATOR.password);
  await submit.click();
  await expect(curator).toHaveURL(/\/en\/sign-in\?/);
  await expect(curator.getByRole("main").getByRole("status")).toHaveText(
    "Your account is ready. Sign in with your new password.",
  );
  await expect(curator.getByRole("textbox", { name: "Email" })).toHaveValue(CURATOR.email);
  await curator.getByLabel("Password", { exact: true }).fill(CURATOR.password);
  await curator.getByRole("button", { name: "Sign in" }).click();
  await expect(curator).toHaveURL(/\/en\/curate$/);
  // The invitation's link is on SITE_URL's host, where the session cookie now is.
  await curator.goto(new URL("/en/account", curator.url()).toString());
  await expect(curator.getByRole("main")).toContainText("curator — for: Armenian diaspora");
  await expect(curator.getByRole("region", { name: "Where you are signed in" })).toContainText("This browser");
  await expectNoAxeViolations(curator);
  // A curator's menu has no admin links.
  await curator.locator("summary", { hasText: CURATOR.name }).click();
  await expect(curator.getByRole("link", { name: "Your account" })).toBeVisible();
  await expect(curator.getByRole("link", { name: "Users and roles" })).toHaveCount(0);

  // A second browser signs in as the curator too; the first one signs it out.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, "en", CURATOR.email, CURATOR.password);
  await expect(other).toHaveURL(/\/en\/curate$/);
  await curator.reload();
  const sessions = curator.getByRole("region", { name: "Where you are signed in" }).getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  await curator.getByRole("button", { name: "Sign out all other sessions" }).click();
  await expect(curator.getByRole("main").getByRole("status")).toHaveText(
    "All your other sessions have been signed out.",
  );
  await expect(sessions).toHaveCount(1);
  await other.goto("/en/account");
  await expect(other).toHaveURL(/\/en\/sign-in\?next=%2Faccount$/);

  // The curator cannot open admin pages. (The mailed link names the server as "localhost", where the curator's cookie is.)
  const denied = await curator.goto(new URL("/en/admin/users", curator.url()).href);
  await expect(curator).toHaveURL(/\/en\/admin\/users$/);
  await expect(curator.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  expect(denied?.status()).toBe(404);

  await curatorContext.close();
  await otherContext.close();
});

test("a wrong password shows a localized error and keeps the email", async ({ page }) => {
  await signIn(page, "en", ADMIN.email, "not-the-password-1");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or the password is wrong.");
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue(ADMIN.email);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
});

test("the auth pages in Russian", async ({ page }) => {
  await page.goto("/ru");
  await page.getByRole("banner").getByRole("link", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/ru\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");
  await expectNoAxeViolations(page);
  await signIn(page, "ru", CURATOR.email, "совсем-не-тот-пароль");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Неверный адрес электронной почты или пароль.");
  await expect(page.getByRole("textbox", { name: "Электронная почта" })).toHaveValue(CURATOR.email);

  await page.goto("/ru/invitations/no-such-token");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Ссылка приглашения недействительна");

  await signIn(page, "ru", CURATOR.email, CURATOR.password);
  await expect(page).toHaveURL(/\/ru\/curate$/);
  await page.goto("/ru/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ваша учётная запись");
  await expect(page.getByRole("main")).toContainText("куратор — для: Армянская диаспора");
  await page.locator("summary", { hasText: CURATOR.name }).click();
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
});

test("the admin sees sign-ins, failed sign-ins and the invitation in the audit log", async ({ page }) => {
  await signIn(page, "en", ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/en\/moderate$/);
  await page.goto("/en/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  const table = page.getByRole("table");
  await expect(
    table.getByRole("row").filter({ hasText: "Invitation sent" }).filter({ hasText: ADMIN.email }),
  ).toHaveCount(1);
  await expect(
    table.getByRole("row").filter({ hasText: "Failed sign-in" }).filter({ hasText: CURATOR.email }),
  ).toHaveCount(1);
  await expect(
    table.getByRole("row").filter({ hasText: "Invitation accepted" }).filter({ hasText: CURATOR.email }),
  ).toHaveCount(1);
  await expect(table.getByRole("row").filter({ hasText: "Signed out other sessions" })).toHaveCount(1);
  // Newest first: this sign-in is the top row.
  await expect(table.getByRole("row").nth(1)).toContainText("Signed in");
  await expectNoAxeViolations(page);
});

// Curation end to end: a curator of the Armenian diaspora submits a new organization (after a refused empty
// submit that keeps what was typed); it stays off the public list until a global moderator approves it from the
// queue; then readers see it and the curator's dashboard says it is published. Screenshots of the form in en and ru.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sessionStore } from "./support/sessions";
import { createAccount, uniqueEmail } from "./support/accounts";
import { expectErrorSummary } from "./support/forms";
import { choose } from "./support/combobox";

const CURATOR = { email: uniqueEmail("curator"), password: "Pomegranate-river-1918", name: "Ani Curator" };
const MODERATOR = { email: uniqueEmail("moderator"), password: "Quiet-harbour-lantern-7", name: "Mher Moderator" };
const suffix = Date.now().toString(36);
const ORG = {
  slug: `armenian-youth-lyon-${suffix}`,
  en: `Armenian Youth of Lyon ${suffix}`,
  ru: `Армянская молодёжь Лиона ${suffix}`,
};

test.describe.configure({ mode: "serial" });

const sessions = sessionStore("curation-e2e");

test.beforeAll(async ({ browser }) => {
  // Two CLI runs (tsx start-up and password hashing each) can take a while on a busy machine.
  test.setTimeout(120_000);
  await Promise.all([
    createAccount({ ...CURATOR, role: "curator", extra: ["--diaspora", "armenian"] }),
    createAccount({ ...MODERATOR, role: "moderator", extra: ["--global"] }),
  ]);
  for (const [who, account] of [
    ["curator", CURATOR],
    ["moderator", MODERATOR],
  ] as const)
    await sessions.signInOnce(browser, who, account, "en");
});

async function armenianList(page: Page) {
  await page.goto("/en/organizations?diaspora=armenian");
  return page.getByRole("main");
}

test("a curator submits a new organization, a moderator approves it, and it appears in the public list", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/en/curate");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your contributions");
  await page.getByRole("link", { name: "New organization" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New organization");
  await page.screenshot({ path: "test-results/curation-form-en.png", fullPage: true });

  // Refused: no name, script in the acronym, no type. What was typed stays, errors sit beside the fields.
  await page.getByRole("textbox", { name: "Address (slug)" }).fill(ORG.slug);
  await page.getByRole("textbox", { name: "Acronym" }).fill("<script>alert(1)</script>");
  await page.getByRole("textbox", { name: "City in English" }).fill("Lyon");
  // Working languages are chosen by name, found by their own name too ("Հայերեն"); they stay after the refusal.
  await choose(page, "Working languages", "Armenian", "Հայերեն");
  await choose(page, "Working languages", "Russian", "russ");
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("textbox", { name: "Name in Russian" })).toHaveAccessibleDescription(
    "Give a name in Russian or English.",
  );
  await expect(page.getByRole("textbox", { name: "Acronym" })).toHaveAccessibleDescription(/Remove HTML tags/);
  await expect(page.getByRole("group", { name: "Type" })).toHaveAccessibleDescription("Choose at least one type.");
  await expectErrorSummary(
    page.getByRole("main"),
    "Some fields need attention; see the messages beside them.",
    [/^Type — Choose at least one type\.$/, /^Acronym — Remove HTML tags/],
    {
      link: /^Type — /,
      field: page.getByRole("group", { name: "Type" }).getByRole("checkbox").first(),
    },
  );
  await expect(page.getByRole("textbox", { name: "Address (slug)" })).toHaveValue(ORG.slug);
  await expect(page.getByRole("textbox", { name: "City in English" })).toHaveValue("Lyon");
  await expect(page.getByRole("list", { name: "Chosen" }).getByRole("button")).toHaveText(["Armenian×", "Russian×"]);
  await expect(
    page.getByRole("group", { name: "Diasporas" }).getByRole("checkbox", { name: "Armenian diaspora" }),
  ).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByRole("textbox", { name: "Name in English" }).fill(ORG.en);
  await page.getByRole("textbox", { name: "Name in Russian" }).fill(ORG.ru);
  await page.getByRole("textbox", { name: "Acronym" }).fill("AYL");
  await page.getByRole("group", { name: "Type" }).getByRole("checkbox", { name: "Youth organization" }).check();
  await choose(page, "Host countries", "France", "fran");
  await page.getByRole("textbox", { name: "Year founded" }).fill("2015");
  // The facts come from a source not yet in the atlas, described in the form and published with the entry.
  const newSource = page.getByRole("group", { name: "A source not yet in the atlas" });
  await newSource.getByRole("textbox", { name: "Title" }).fill(`About us ${suffix}`);
  await newSource.getByRole("textbox", { name: "Author or publisher" }).fill(ORG.en);
  await newSource.getByRole("textbox", { name: "Web address (URL)" }).fill(`https://ayl.example.org/about-${suffix}`);
  for (const fact of ["names", "city", "acronym", "type", "diasporas", "host countries", "founding year", "languages"])
    await newSource.getByRole("checkbox", { name: fact, exact: true }).check();
  await page.getByRole("button", { name: "Send for review" }).click();

  await expect(page).toHaveURL(/\/en\/curate\?submitted=1$/);
  await expect(page.getByRole("status")).toHaveText("Your changes were sent for review.");
  await expect(page.getByRole("row", { name: new RegExp(ORG.en) })).toContainText("Waiting for review");
  await expect((await armenianList(page)).getByText(ORG.en)).toHaveCount(0);
  await expect((await page.goto(`/en/organizations/${ORG.slug}`))!.status()).toBe(404);

  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/en/moderate");
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Moderation queue");
  const entry = moderator.getByRole("article", { name: `New organization: ${ORG.en}` });
  await expect(entry.getByRole("row", { name: /Acronym/ })).toContainText("AYL");
  await expect(entry.getByRole("row", { name: /Year founded/ })).toContainText("2015");
  await expect(entry.getByRole("row", { name: /Type/ })).toContainText("Youth organization");
  await expect(entry.getByRole("row", { name: /Host countries/ })).toContainText("France");
  await expect(entry.getByRole("row", { name: /Working languages/ })).toContainText("hy, ru");
  await expect(entry.getByRole("row", { name: /Source 1/ })).toContainText(`About us ${suffix}`);
  await expect(entry).not.toContainText("No source.");
  await moderator.screenshot({ path: "test-results/curation-moderate-en.png", fullPage: true });
  await expectNoAxeViolations(moderator);
  await entry.getByRole("button", { name: "Approve and publish" }).click();
  await expect(moderator.getByRole("status")).toHaveText("Published.");
  await expect(entry).toHaveCount(0);
  await moderator.context().close();

  await expect((await armenianList(page)).getByRole("link", { name: ORG.en })).toBeVisible();
  await page.goto(`/en/organizations/${ORG.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ORG.en);
  await expect(page.locator("#source-1")).toContainText(`About us ${suffix}`);
  await expect(page.locator("#source-1")).toContainText(`https://ayl.example.org/about-${suffix}`);
  await page.goto("/en/curate");
  await expect(page.getByRole("row", { name: new RegExp(ORG.en) })).toContainText("Published");
  await expectNoAxeViolations(page);
});

test("an edit of the published entry is returned with a comment the curator reads; the public keeps the old version", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/en/curate");
  await page
    .getByRole("row", { name: new RegExp(ORG.en) })
    .getByRole("link", { name: "Edit" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit: ${ORG.en}`);
  await expect(page.getByRole("textbox", { name: "Name in Russian" })).toHaveValue(ORG.ru);
  await expect(page.getByRole("textbox", { name: "Address (slug)" })).toHaveCount(0);
  await page.getByRole("textbox", { name: "Acronym" }).fill("AYN");
  await page.screenshot({ path: "test-results/curation-edit-en.png", fullPage: true });
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page).toHaveURL(/\/en\/curate\?submitted=1$/);

  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/en/moderate");
  const entry = moderator.getByRole("article", { name: `Change to ${ORG.en}` });
  await expect(entry.getByRole("row", { name: /Acronym/ })).toHaveText(/AYL\s*AYN/);
  await expect(entry.getByRole("row")).toHaveCount(2);
  await entry.getByRole("button", { name: "Return to the curator" }).click();
  await expect(entry.getByRole("textbox", { name: "Comment for the curator" })).toHaveAccessibleDescription(
    "Write a comment for the curator.",
  );
  await entry.getByRole("textbox", { name: "Comment for the curator" }).fill("Which source gives the new acronym?");
  await entry.getByRole("button", { name: "Return to the curator" }).click();
  await expect(moderator.getByRole("status")).toHaveText("Returned to the curator.");
  await moderator.context().close();

  await page.goto("/en/curate");
  const returned = page.getByRole("row", { name: /Returned/ });
  await expect(returned).toContainText(ORG.en);
  await expect(returned).toContainText("Which source gives the new acronym?");
  await page.goto(`/en/organizations/${ORG.slug}`);
  await expect(page.getByRole("main")).toContainText("AYL");
  await expect(page.getByRole("main")).not.toContainText("AYN");
});

test("the form in Russian", async ({ browser }) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/ru/curate/organizations/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новая организация");
  await page.getByRole("button", { name: "Отправить на проверку" }).click();
  await expect(page.getByRole("textbox", { name: "Название — русский" })).toHaveAccessibleDescription(
    "Укажите название на русском или английском.",
  );
  await page.screenshot({ path: "test-results/curation-form-ru.png", fullPage: true });
});

test("the queue and the form in Azerbaijani", async ({ browser }) => {
  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/az/moderate");
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Moderasiya növbəsi");
  await moderator.goto("/az/curate/organizations/new");
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Yeni təşkilat");
  await moderator.getByRole("button", { name: "Yoxlamaya göndər" }).click();
  await expect(moderator.getByRole("group", { name: "Diasporlar" })).toHaveAccessibleDescription(
    "Diaspor təşkilatı ən azı bir diasporla əlaqələndirilməlidir: birini seçin və ya qeydi əlaqəli qurum kimi işarələyin.",
  );
  await moderator.screenshot({ path: "test-results/curation-form-az.png", fullPage: true });
});

test("a reader who is not signed in is sent to sign in, and the moderation queue is hidden from curators", async ({
  page,
  browser,
}) => {
  await page.goto("/en/curate/organizations/new");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fcurate%2Forganizations%2Fnew$/);
  const curator = await sessions.openAs(browser, "curator");
  expect((await curator.goto("/en/moderate"))!.status()).toBe(404);
});

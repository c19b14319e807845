// Population figures end to end, in Russian: a curator of the Armenian diaspora adds the figure for France (after a
// refused submit that keeps what was typed, with every error beside its field); the diaspora page does not show it
// until a global moderator approves it from the queue; then it does, with its qualifier and source. Screenshots of
// the form in ru and az.
import { expect, test, type Page } from "@playwright/test";
import { createAccount, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { sessionStore } from "./support/sessions";
import { expectErrorSummary } from "./support/forms";
import { choose } from "./support/combobox";

const CURATOR = {
  email: uniqueEmail("presence-curator"),
  password: "Apricot-valley-lantern-1915",
  name: "Anahit Curator",
};
const MODERATOR = {
  email: uniqueEmail("presence-moderator"),
  password: "Stone-bridge-harbour-42",
  name: "Levon Moderator",
};
const TITLE = "Армянская диаспора — Франция, 2020";

test.describe.configure({ mode: "serial" });

const sessions = sessionStore("curation-presence-e2e");

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await Promise.all([
    createAccount({ ...CURATOR, role: "curator", extra: ["--diaspora", "armenian"] }),
    createAccount({ ...MODERATOR, role: "moderator", extra: ["--global"] }),
  ]);
  for (const [who, account] of [
    ["curator", CURATOR],
    ["moderator", MODERATOR],
  ] as const)
    await sessions.signInOnce(browser, who, account, "ru");
});

/** The presence table of the Armenian diaspora's public page. */
async function armenianPresence(page: Page) {
  await page.goto("/ru/diasporas/armenian");
  return page.getByRole("group", { name: "Присутствие по странам пребывания" });
}

test("a curator adds a population figure in Russian, a moderator approves it, and the diaspora page shows it", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/ru/curate");
  await page.getByRole("link", { name: "Новые данные о численности" }).click();
  await expect(page).toHaveURL(/\/ru\/curate\/presence\/new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новые данные о численности");
  // A curator of one diaspora starts with it chosen.
  await expect(page.getByRole("combobox", { name: "Диаспора" })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByRole("combobox", { name: "Диаспора" }).locator("option:checked")).toHaveText(
    "Армянская диаспора",
  );

  // Refused: no country, words for a number, a year too early, markup, a page without a source.
  const population = page.getByRole("textbox", { name: "Численность" });
  const year = page.getByRole("textbox", { name: "Год" });
  const noteRu = page.getByRole("textbox", { name: "Примечание — русский" });
  const locator = page.getByRole("textbox", { name: "Страница или место в источнике" });
  await population.fill("около 600 тысяч");
  await year.fill("1700");
  await noteRu.fill("<b>более 600 000</b>");
  await locator.fill("с. 12");
  await page.getByRole("button", { name: "Отправить на проверку" }).click();
  await expect(page.getByRole("combobox", { name: "Страна пребывания" })).toHaveAccessibleDescription(
    "Выберите страну пребывания.",
  );
  await expect(population).toHaveAccessibleDescription(
    /Введите целое число от 1 до 2 000 000 000 или оставьте поле пустым\.$/,
  );
  await expect(year).toHaveAccessibleDescription(/Введите год от 1800 до текущего или оставьте поле пустым\.$/);
  await expect(noteRu).toHaveAccessibleDescription("Уберите HTML-теги и ссылки на скрипты; только простой текст.");
  await expect(locator).toHaveAccessibleDescription(/Выберите источник, к которому относится эта страница\.$/);
  await expectErrorSummary(
    page.getByRole("main"),
    "Некоторые поля нужно исправить — см. сообщения рядом с ними.",
    [/^Год — Введите год от 1800/],
    { link: /^Год — /, field: year },
  );
  await expect(population).toHaveValue("около 600 тысяч");
  await expect(year).toHaveValue("1700");
  await expect(noteRu).toHaveValue("<b>более 600 000</b>");
  await expect(locator).toHaveValue("с. 12");
  await expect(page.getByRole("combobox", { name: "Диаспора" }).locator("option:checked")).toHaveText(
    "Армянская диаспора",
  );
  await page.screenshot({ path: "test-results/curation-presence-form-ru.png", fullPage: true });
  await expectNoAxeViolations(page);

  await choose(page, "Страна пребывания", "Франция", "фран");
  await population.fill("600 000");
  await year.fill("2020");
  await noteRu.fill("более 600 000");
  await page.getByRole("textbox", { name: "Примечание — английский" }).fill("over 600,000");
  const source = page.getByRole("combobox", { name: "Источник" });
  await source.selectOption(
    (await source.locator("option", { hasText: "Accidental Diasporas" }).getAttribute("value"))!,
  );
  await page.getByRole("button", { name: "Отправить на проверку" }).click();

  await expect(page).toHaveURL(/\/ru\/curate\?submitted=1$/);
  await expect(page.getByRole("row", { name: new RegExp(TITLE) })).toContainText("Ждёт проверки");
  await expect((await armenianPresence(page)).getByRole("row", { name: /Франция/ })).toHaveCount(0);

  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/ru/moderate");
  const entry = moderator.getByRole("article", { name: `Новые данные о численности: ${TITLE}` });
  await expect(entry.getByRole("row", { name: /^Численность/ })).toContainText("600000");
  await expect(entry.getByRole("row", { name: /^Страна пребывания/ })).toContainText("Франция");
  await expect(entry.getByRole("row", { name: /^Примечание \(ru\)/ })).toContainText("более 600 000");
  await expect(entry.getByRole("row", { name: /^Источник/ })).toContainText("Accidental Diasporas");
  await expect(entry.getByRole("row", { name: /^Страница или место/ })).toContainText("с. 12");
  await moderator.screenshot({ path: "test-results/curation-presence-moderate-ru.png", fullPage: true });
  await entry.getByRole("button", { name: "Одобрить и опубликовать" }).click();
  await expect(moderator.getByRole("status")).toHaveText("Опубликовано.");
  await expect(entry).toHaveCount(0);
  await moderator.context().close();

  const row = (await armenianPresence(page)).getByRole("row", { name: /Франция/ });
  await expect(row).toContainText(/600\s000/);
  await expect(row).toContainText("2020");
  await expect(row).toContainText("более 600 000");
  await page.screenshot({ path: "test-results/curation-presence-public-ru.png", fullPage: true });

  // The curator finds it among the figures they may edit, titled in Russian, linked to the diaspora page.
  await page.goto("/ru/curate/presence");
  const item = page.getByRole("listitem").filter({ hasText: TITLE });
  await expect(item.getByRole("link", { name: "Публичная страница" })).toHaveAttribute(
    "href",
    "/ru/diasporas/armenian",
  );
  await item.getByRole("link", { name: "Редактировать" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Редактирование: ${TITLE}`);
  await expect(page.getByRole("textbox", { name: "Численность" })).toHaveValue("600000");
});

test("the form in Azerbaijani, with the diaspora chosen from the address", async ({ browser }) => {
  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/az/curate/presence/new?diaspora=armenian");
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Say haqqında yeni məlumat");
  // The diaspora by its Azerbaijani name (issue #15, item 7), not the English fallback.
  await expect(moderator.getByRole("combobox", { name: "Diaspor" }).locator("option:checked")).toHaveText(
    "Erməni diasporu",
  );
  // Notes (qualifiers) in Russian, English and the chosen diaspora's national language.
  await expect(moderator.getByRole("textbox", { name: /^Qeyd — / })).toHaveCount(3);
  await expect(moderator.getByRole("textbox", { name: "Qeyd — erməni" })).toHaveAttribute("lang", "hy");
  await moderator.getByRole("button", { name: "Yoxlamaya göndər" }).click();
  await expect(moderator.getByRole("combobox", { name: "Yerləşdiyi ölkə" })).toHaveAccessibleDescription(
    "Yerləşdiyi ölkəni seçin.",
  );
  await moderator.screenshot({ path: "test-results/curation-presence-form-az.png", fullPage: true });
  await expectNoAxeViolations(moderator);
});

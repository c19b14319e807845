// Event curation end to end: a curator of the Armenian diaspora, in Russian, submits a new event (after a refused
// submit with an impossible date and no title, which keeps what was typed and says what is wrong beside each field);
// it stays off the public pages until a global moderator approves it on /ru/moderate; then the event page, the list,
// the month calendar and the .ics file show it. The form is screenshotted in Russian and in Azerbaijani.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sessionStore } from "./support/sessions";
import { createAccount, uniqueEmail } from "./support/accounts";
import { expectErrorSummary } from "./support/forms";
import { choose } from "./support/combobox";

const CURATOR = { email: uniqueEmail("event-curator"), password: "Apricot-Sevan-lantern-1915", name: "Ани Куратор" };
const MODERATOR = {
  email: uniqueEmail("event-moderator"),
  password: "Granite-harbour-compass-88",
  name: "Event Moderator",
};
const suffix = Date.now().toString(36);
const YEAR = new Date().getFullYear() + 1;
const EVENT = {
  slug: `armenian-film-days-${suffix}`,
  ru: `Дни армянского кино ${suffix}`,
  en: `Armenian Film Days ${suffix}`,
  hy: `Հայկական կինոյի օրեր ${suffix}`,
  start: `${YEAR}-05-08`,
  end: `${YEAR}-05-10`,
};

test.describe.configure({ mode: "serial" });

const sessions = sessionStore("curation-event");

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

test("a curator submits a new event in Russian, a moderator approves it, and readers see it", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/ru/curate");
  await page.getByRole("link", { name: "Новое мероприятие" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новое мероприятие");

  // Refused: no title, no type, a day that does not exist, an end in another precision. The input stays.
  await page.getByRole("textbox", { name: "Адрес (slug)" }).fill(EVENT.slug);
  await page.getByRole("textbox", { name: "Город — английский" }).fill("Lyon");
  await page.getByRole("textbox", { name: "Дата начала" }).fill(`${YEAR}-02-30`);
  await page.getByRole("textbox", { name: "Дата окончания" }).fill(`${YEAR}-03`);
  await page.getByRole("textbox", { name: "Онлайн-адрес (URL)" }).fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Отправить на проверку" }).click();
  await expect(page.getByRole("textbox", { name: "Название — русский" })).toHaveAccessibleDescription(
    "Укажите название на русском или английском.",
  );
  await expect(page.getByRole("combobox", { name: "Тип" })).toHaveAccessibleDescription("Выберите тип мероприятия.");
  await expect(page.getByRole("textbox", { name: "Дата начала" })).toHaveAccessibleDescription(
    /Такой даты в календаре нет\.$/,
  );
  await expect(page.getByRole("textbox", { name: "Онлайн-адрес (URL)" })).toHaveAccessibleDescription(
    /Введите полный веб-адрес/,
  );
  await expectErrorSummary(page.getByRole("main"), "Некоторые поля нужно исправить — см. сообщения рядом с ними.", [
    /^Онлайн-адрес \(URL\) — Введите полный веб-адрес/,
  ]);
  await expect(page.getByRole("textbox", { name: "Адрес (slug)" })).toHaveValue(EVENT.slug);
  await expect(page.getByRole("textbox", { name: "Город — английский" })).toHaveValue("Lyon");
  await expect(page.getByRole("textbox", { name: "Дата начала" })).toHaveValue(`${YEAR}-02-30`);
  await expect(
    page.getByRole("group", { name: "Диаспоры" }).getByRole("checkbox", { name: "Армянская диаспора" }),
  ).toBeChecked();
  await page.screenshot({ path: "test-results/curation-event-form-ru.png", fullPage: true });
  await expectNoAxeViolations(page);

  // The end date in another precision than the start is its own error.
  await page.getByRole("textbox", { name: "Дата начала" }).fill(EVENT.start);
  await page.getByRole("button", { name: "Отправить на проверку" }).click();
  await expect(page.getByRole("textbox", { name: "Дата окончания" })).toHaveAccessibleDescription(
    /Запишите дату окончания с той же точностью/,
  );

  await page.getByRole("textbox", { name: "Название — русский" }).fill(EVENT.ru);
  await page.getByRole("textbox", { name: "Название — английский" }).fill(EVENT.en);
  await page.getByRole("textbox", { name: "Название — армянский" }).fill(EVENT.hy);
  await page.getByRole("textbox", { name: "Город — русский" }).fill("Лион");
  await page.getByRole("combobox", { name: "Тип" }).selectOption({ label: "Дни культуры" });
  await page.getByRole("textbox", { name: "Дата окончания" }).fill(EVENT.end);
  await choose(page, "Страна проведения", "Франция", "фра");
  await page.getByRole("textbox", { name: "Онлайн-адрес (URL)" }).fill("");
  await choose(page, "Организаторы", "Объединение армян России", "армян росс");
  await page.getByRole("button", { name: "Отправить на проверку" }).click();

  await expect(page).toHaveURL(/\/ru\/curate\?submitted=1$/);
  await expect(page.getByRole("row", { name: new RegExp(EVENT.ru) })).toContainText("Ждёт проверки");
  expect((await page.goto(`/ru/events/${EVENT.slug}`))!.status()).toBe(404);

  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/ru/moderate");
  const entry = moderator.getByRole("article", { name: `Новое мероприятие: ${EVENT.ru}` });
  await expect(entry.getByRole("row", { name: /Дата начала/ })).toContainText(EVENT.start);
  await expect(entry.getByRole("row", { name: /Дата окончания/ })).toContainText(EVENT.end);
  await expect(entry.getByRole("row", { name: /Тип/ })).toContainText("Дни культуры");
  await expect(entry.getByRole("row", { name: /Страна проведения/ })).toContainText("Франция");
  await expect(entry.getByRole("row", { name: /Организаторы/ })).toContainText("Объединение армян России");
  await moderator.screenshot({ path: "test-results/curation-event-moderate-ru.png", fullPage: true });
  await entry.getByRole("button", { name: "Одобрить и опубликовать" }).click();
  await expect(moderator.getByRole("status")).toHaveText("Опубликовано.");
  await moderator.context().close();

  await page.goto(`/ru/events/${EVENT.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(EVENT.ru);
  await expect(page.getByRole("main")).toContainText("Объединение армян России");
  await expect(page.getByRole("main")).toContainText("Лион");
  await expect(page.getByRole("main")).toContainText(`8–10 мая ${YEAR}`);
  await page.goto("/ru/events?diaspora=armenian");
  await expect(page.getByRole("link", { name: EVENT.ru })).toBeVisible();
  await page.goto(`/ru/events?view=calendar&month=${YEAR}-05&diaspora=armenian`);
  await expect(page.getByRole("link", { name: EVENT.ru })).toHaveCount(3);
  const ics = await request.get(`/ru/events/${EVENT.slug}/ics`);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain(
    `\r\nDTSTART;VALUE=DATE:${EVENT.start.replaceAll("-", "")}\r\nDTEND;VALUE=DATE:${YEAR}0511\r\n`,
  );

  await page.context().close();
});

test("the curator edits the event from the list of events; once approved, the history shows the change", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto(`/ru/curate/events?q=${suffix}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мероприятия, которые вы можете править");
  const row = page.getByRole("listitem").filter({ hasText: EVENT.ru });
  await row.getByRole("link", { name: "Редактировать" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Редактирование: ${EVENT.ru}`);
  // The form starts from the published event; its address is kept.
  await expect(page.getByRole("textbox", { name: "Название — армянский" })).toHaveValue(EVENT.hy);
  await expect(page.getByRole("textbox", { name: "Дата окончания" })).toHaveValue(EVENT.end);
  await expect(page.getByRole("textbox", { name: "Адрес (slug)" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Тип" })).toHaveValue("CULTURAL_DAYS");
  await page.getByRole("textbox", { name: "Дата окончания" }).fill(`${YEAR}-05-11`);
  await page.getByRole("button", { name: "Отправить на проверку" }).click();
  await expect(page).toHaveURL(/\/ru\/curate\?submitted=1$/);

  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/ru/moderate");
  const entry = moderator.getByRole("article", { name: `Изменение: ${EVENT.ru}` });
  await expect(entry.getByRole("row")).toHaveCount(2);
  await expect(entry.getByRole("row", { name: /Дата окончания/ })).toHaveText(
    new RegExp(`${EVENT.end}\\s*${YEAR}-05-11`),
  );
  await entry.getByRole("button", { name: "Одобрить и опубликовать" }).click();
  await expect(moderator.getByRole("status")).toHaveText("Опубликовано.");
  await moderator.context().close();

  await page.goto(`/ru/curate/events/${EVENT.slug}/history`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`История: ${EVENT.ru}`);
  const diff = page.getByRole("region", { name: "Различия" });
  await expect(diff.getByRole("row", { name: /Дата окончания/ })).toHaveText(
    new RegExp(`${EVENT.end}\\s*${YEAR}-05-11`),
  );
  await page.screenshot({ path: "test-results/curation-event-history-ru.png", fullPage: true });
  await page.goto(`/ru/events/${EVENT.slug}`);
  await expect(page.getByRole("main")).toContainText(`8–11 мая ${YEAR}`);
  await page.context().close();
});

test("the curator marks the event's date as only the report's; the moderator sees it; the page then says so", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto(`/ru/curate/events/${EVENT.slug}/edit`);
  const box = page.getByRole("checkbox", { name: "Дата — это дата публикации сообщения" });
  await expect(box).not.toBeChecked();
  await expect(box).toHaveAccessibleDescription(/только дату сообщения о мероприятии/);
  // Without a date there is nothing to mark: refused beside the box, which stays ticked.
  await page.getByRole("textbox", { name: "Дата начала" }).fill("");
  await page.getByRole("textbox", { name: "Дата окончания" }).fill("");
  await box.check();
  await page.getByRole("button", { name: "Отправить на проверку" }).click();
  await expect(box).toHaveAccessibleDescription(/Укажите дату сообщения как дату начала или снимите отметку\.$/);
  await expect(box).toBeChecked();
  await page.getByRole("textbox", { name: "Дата начала" }).fill(`${YEAR}-04`);
  await page.getByRole("button", { name: "Отправить на проверку" }).click();
  await expect(page).toHaveURL(/\/ru\/curate\?submitted=1$/);

  const moderator = await sessions.openAs(browser, "moderator");
  await moderator.goto("/ru/moderate");
  const entry = moderator.getByRole("article", { name: `Изменение: ${EVENT.ru}` });
  await expect(entry.getByRole("row", { name: /Дата — это дата публикации сообщения/ })).toHaveText(
    /дата самого мероприятия\s*дата публикации сообщения/,
  );
  await entry.getByRole("button", { name: "Одобрить и опубликовать" }).click();
  await expect(moderator.getByRole("status")).toHaveText("Опубликовано.");
  await moderator.context().close();

  await page.goto(`/ru/events/${EVENT.slug}`);
  await expect(page.getByRole("main")).toContainText(`(известна только с точностью до месяца; дата сообщения)`);
  // The edit form starts from it ticked.
  await page.goto(`/ru/curate/events/${EVENT.slug}/edit`);
  await expect(page.getByRole("checkbox", { name: "Дата — это дата публикации сообщения" })).toBeChecked();
  await page.context().close();
});

test("the form in Azerbaijani", async ({ browser }) => {
  const page = await sessions.openAs(browser, "curator");
  await page.goto("/az/curate/events/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Yeni tədbir");
  await page.getByRole("textbox", { name: "Başlama tarixi" }).fill("2024-13");
  await page.getByRole("button", { name: "Yoxlamaya göndər" }).click();
  await expect(page.getByRole("combobox", { name: "Növ" })).toHaveAccessibleDescription("Tədbirin növünü seçin.");
  await expect(page.getByRole("textbox", { name: "Başlama tarixi" })).toHaveAccessibleDescription(
    /Təqvimdə belə tarix yoxdur\.$/,
  );
  await page.screenshot({ path: "test-results/curation-event-form-az.png", fullPage: true });
  await page.context().close();
});

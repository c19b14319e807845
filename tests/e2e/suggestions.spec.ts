// "Suggest a correction" end to end: a reader without an account opens the folded form on an organization page
// in Russian, is shown localized errors beside the fields with what they typed kept, then sends a valid note and
// is thanked; a moderator of the Armenian diaspora finds it under "Suggestions from readers" and resolves it.
// Screenshots of the form in Russian and Armenian.
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createAccount, signIn, uniqueEmail } from "./support/accounts";
import { expectErrorSummary } from "./support/forms";

const MODERATOR = {
  email: uniqueEmail("suggest-moderator"),
  password: "Apricot-mountain-ledger-4",
  name: "Nare Moderator",
};
const ORG = "/organizations/association-of-armenians-of-russia";
const NOTE = `Организация зарегистрирована в 2000 году, а не в 2001-м (${Date.now().toString(36)}).`;
const sessionFile = path.join(tmpdir(), `suggestions-e2e-${process.pid}-moderator.json`);

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await createAccount({ ...MODERATOR, role: "moderator", extra: ["--diaspora", "armenian"] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "ru", MODERATOR.email, MODERATOR.password);
  await expect(page).toHaveURL(/\/ru\/moderate$/);
  await context.storageState({ path: sessionFile });
  await context.close();
});

/** Opens the folded section at the foot of the page by its summary. */
async function openForm(page: Page, summary: string) {
  const section = page.getByRole("main").locator("details", { has: page.getByText(summary, { exact: true }) });
  await section.getByText(summary, { exact: true }).click();
  await expect(section).toHaveAttribute("open", "");
  return section;
}

test("a reader suggests a correction in Russian; bad input keeps the text and says what is wrong", async ({ page }) => {
  await page.goto(`/ru${ORG}`);
  const body = page.getByRole("textbox", { name: "Что неверно и как правильно?" });
  await expect(body).toBeHidden();
  const form = await openForm(page, "Предложить исправление");
  const source = form.getByRole("textbox", { name: "Источник (необязательно)" });
  const email = form.getByRole("textbox", { name: "Ваша электронная почта (необязательно)" });
  // The honeypot is out of reach: not in the accessibility tree.
  await expect(form.getByRole("textbox")).toHaveCount(3);

  await body.fill(`<script>alert(1)</script> ${NOTE}`);
  await source.fill("ftp://example.org/charter");
  await email.fill("не почта");
  await form.getByRole("button", { name: "Отправить исправление" }).click();
  await expectErrorSummary(
    form,
    "Некоторые поля нужно исправить — см. сообщения рядом с ними.",
    [/^Что неверно и как правильно\? — Уберите HTML-теги/, /^Источник \(необязательно\) — Введите полный веб-адрес/],
    { link: /^Ваша электронная почта \(необязательно\) — /, field: email },
  );
  await expect(body).toHaveAccessibleDescription(/Уберите HTML-теги и ссылки на скрипты; только простой текст\.$/);
  await expect(source).toHaveAccessibleDescription(/Введите полный веб-адрес, начиная с https:\/\/\.$/);
  await expect(email).toHaveAccessibleDescription(
    /Введите адрес электронной почты, например name@example\.org, или оставьте поле пустым\.$/,
  );
  await expect(body).toHaveValue(`<script>alert(1)</script> ${NOTE}`);
  await expect(source).toHaveValue("ftp://example.org/charter");
  await expect(email).toHaveValue("не почта");
  await expect(body).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/suggest-form-errors-ru.png", fullPage: true });

  await body.fill(NOTE);
  await source.fill("https://example.org/charter");
  await email.fill("reader@example.org");
  await form.getByRole("button", { name: "Отправить исправление" }).click();
  await expect(form.getByRole("status")).toHaveText("Спасибо! Ваше сообщение отправлено модераторам.");
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expect(body).toHaveValue("");
  await expect(source).toHaveValue("");
  await expect(email).toHaveValue("");
  await expect(body).not.toHaveAttribute("aria-invalid");
  await page.screenshot({ path: "test-results/suggest-form-thanks-ru.png", fullPage: true });
});

test("the form in Armenian, and on an event page", async ({ page }) => {
  await page.goto(`/hy${ORG}`);
  const form = await openForm(page, "Առաջարկել ուղղում");
  await expect(form.getByRole("textbox", { name: "Ի՞նչն է սխալ, և ինչպե՞ս է ճիշտ։" })).toBeVisible();
  await form.getByRole("button", { name: "Ուղարկել ուղղումը" }).click();
  await expect(form.getByRole("textbox", { name: "Ի՞նչն է սխալ, և ինչպե՞ս է ճիշտ։" })).toHaveAccessibleDescription(
    /Նկարագրեք, թե ինչն է սխալ և ինչպես է ճիշտ։$/,
  );
  await page.screenshot({ path: "test-results/suggest-form-hy.png", fullPage: true });

  await page.goto("/ru/events/portal-to-the-armenian-world");
  await openForm(page, "Предложить исправление");
  await expectNoAxeViolations(page);
});

test("a moderator of the diaspora finds the suggestion in the queue and resolves it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: sessionFile });
  const page = await context.newPage();
  await page.goto("/ru/moderate");
  const section = page.getByRole("region", { name: "Предложения читателей" });
  const item = section.getByRole("article").filter({ hasText: NOTE });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("heading")).toHaveText(/^Организация: Объединение армян России/);
  await expect(item.getByRole("link", { name: "https://example.org/charter" })).toBeVisible();
  await expect(item.getByRole("link", { name: "reader@example.org" })).toHaveAttribute(
    "href",
    "mailto:reader@example.org",
  );
  await expect(item.getByRole("link", { name: "Открыть страницу" })).toHaveAttribute("href", `/ru${ORG}`);
  await expect(item.getByRole("link", { name: "Редактировать запись" })).toHaveAttribute(
    "href",
    `/ru/curate${ORG}/edit`,
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/suggest-moderate-ru.png", fullPage: true });

  await item.getByRole("button", { name: "Решено" }).click();
  await expect(section.getByRole("status")).toHaveText("Отмечено как решённое.");
  await expect(item).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole("region", { name: "Предложения читателей" }).getByRole("article").filter({ hasText: NOTE }),
  ).toHaveCount(0);
  await context.close();
});

// Exports and import end to end. A reader downloads the filtered organization list as CSV from the list's own link
// (the same filters, a byte order mark, Cyrillic intact). An admin, in Russian, uploads a CSV with a bad row: the
// dry run shows it rejected, with the row number and the reason beside its column, and offers no import; the
// corrected file's dry run lists the new entries, the admin confirms, and the entries are public, citing the file.
// The import page is screenshotted in Russian and Armenian and checked with axe.
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { createAccount, signIn, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

const ADMIN = { email: uniqueEmail("importer"), password: "Caravan-Tbilisi-lantern-2031", name: "Импорт Админ" };
const suffix = Date.now().toString(36);
const GOOD = {
  slug: `hamazgayin-lyon-${suffix}`,
  ru: `Общество «Гамазгаин» Лион ${suffix}`,
  hy: `Համազգային Լիոն ${suffix}`,
};
const SECOND = { slug: `georgian-choir-riga-${suffix}`, ru: `Грузинский хор в Риге ${suffix}` };

const header =
  "slug,name_ru,name_hy,city_ru,types,diasporas,countries,status,channel_1_kind,channel_1_url,channel_1_languages";
const goodRow = `${GOOD.slug},${GOOD.ru},${GOOD.hy},Лион,CULTURAL_SOCIETY,armenian,FR,ACTIVE,WEBSITE,https://hamazgayin-lyon.example.org,hy; fr`;
const secondRow = `${SECOND.slug},${SECOND.ru},,Рига,CULTURAL_SOCIETY,georgian,LV,ACTIVE,,,`;
const badRow = `bad-row-${suffix},Плохая строка,,,NOT_A_TYPE,atlantis,FR,ACTIVE,,,`;
const file = (rows: string[]) => ({
  name: "organizations.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${[header, ...rows].join("\r\n")}\r\n`),
});

test.describe.configure({ mode: "serial" });

test("the organization list's download link exports its current filters as CSV", async ({ page, request }) => {
  await page.goto("/ru/organizations?country=RU");
  await page.screenshot({ path: "test-results/export-links-ru.png" });
  const link = page.getByRole("link", { name: "CSV" });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/ru\/organizations\/export\?country=RU&format=csv$/);
  await expect(page.getByRole("link", { name: "Open Referral HSDS 3.0" })).toHaveAttribute(
    "href",
    "/ru/organizations/export?country=RU&format=hsds",
  );
  const response = await request.get(href!);
  expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(body.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
  // The diaspora organizations based in Russia, as the list shows them (seven in the seed).
  expect(rows.length).toBe(Number((await page.locator("#results-heading").textContent())!.match(/\d+/)![0]));
  expect(rows.length).toBeGreaterThan(5);
  for (const row of rows) expect(row.countries!.split("; ")).toContain("RU");
  for (const row of rows) expect(row.category).toBe("DIASPORA_ORGANIZATION");
  expect(rows.find((r) => r.slug === "ojag")?.name_ru).toBe("Азербайджанское культурное общество «Оджаг»");

  await page.goto("/ru/events?when=all&country=CN");
  await expect(page.getByRole("link", { name: "JSON" })).toHaveAttribute(
    "href",
    "/ru/events/export?country=CN&when=all&format=json",
  );
});

test("an admin checks a CSV, sees the rejected row, fixes it, confirms, and the entries are public", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await createAccount({ ...ADMIN, role: "admin" });
  await signIn(page, "ru", ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/ru\/moderate$/);
  const menu = page.locator("header summary", { hasText: ADMIN.name });
  await menu.click();
  await page.getByRole("link", { name: "Импорт", exact: true }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/import$/);
  await menu.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Импорт организаций и мероприятий");

  // A file with a bad row in the middle: the dry run says why, and nothing can be imported.
  await page.getByRole("radio", { name: "организации" }).check();
  await page.getByLabel("Файл (CSV или JSON)").setInputFiles(file([goodRow, badRow, secondRow]));
  await page.getByRole("button", { name: "Проверить файл" }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(4);
  const bad = table.getByRole("row").filter({ hasText: `bad-row-${suffix}` });
  await expect(bad.getByRole("cell").first()).toHaveText("3");
  await expect(bad).toContainText("отклонена");
  await expect(bad).toContainText("Неизвестная диаспора");
  await expect(bad).toContainText("types");
  await expect(page.getByRole("status")).toContainText("отклонено: 1");
  await expect(page.getByRole("button", { name: /Импортировать/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The corrected file: two new entries, then the import.
  await page.getByLabel("Файл (CSV или JSON)").setInputFiles(file([goodRow, secondRow]));
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await expect(page.getByRole("status")).toContainText("создать: 2, обновить: 0, без изменений: 0, отклонено: 0.");
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").filter({ hasText: GOOD.slug })).toContainText("новая");
  await page.screenshot({ path: "test-results/import-dry-run-ru.png", fullPage: true });
  expect(await page.request.get(`/ru/organizations/${GOOD.slug}`).then((r) => r.status())).toBe(404);
  await page.getByRole("button", { name: "Импортировать 2 записи" }).click();
  await expect(page.getByRole("status")).toContainText("Импортировано: создано 2, обновлено 0.");
  await expect(page.getByRole("status")).toContainText(/import-\d{8}-\d{6}-[0-9a-f]{4}/);

  await page.goto(`/ru/organizations/${GOOD.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(GOOD.ru);
  await expect(page.getByText(GOOD.hy)).toBeVisible();
  await expect(page.getByRole("link", { name: /hamazgayin-lyon\.example\.org/ })).toBeVisible();
  await expect(page.getByText("organizations.csv")).toBeVisible();
  await page.goto(`/ru/organizations?country=LV`);
  await expect(page.getByRole("link", { name: new RegExp(SECOND.ru) })).toBeVisible();
});

test("the import page in Armenian", async ({ page }) => {
  await signIn(page, "ru", ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/ru\/moderate$/);
  await page.goto("/hy/admin/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Կազմակերպությունների կամ միջոցառումների ներմուծում",
  );
  await page.getByLabel("Ֆայլ (CSV կամ JSON)").setInputFiles(file([goodRow, badRow]));
  await page.getByRole("button", { name: "Ստուգել ֆայլը" }).click();
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: GOOD.slug })).toContainText("անփոփոխ");
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "bad-row" })).toContainText("մերժված");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/import-dry-run-hy.png", fullPage: true });
});

// The duplicate warning end to end: a curator adds an organization whose name, typed in Latin letters, is the
// seed's «Всероссийский азербайджанский конгресс»; the form comes back with that entry listed and everything typed
// kept; ticking "This is a different organization" saves it. Screenshots of the warning in ru and az.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createAccount, signIn, uniqueEmail } from "./support/accounts";

const CURATOR = { email: uniqueEmail("dupes"), password: "Caspian-lantern-orchard-5", name: "Aysel Curator" };
const suffix = Date.now().toString(36);
const languageName = (code: string, locale: string) =>
  new Intl.DisplayNames([locale, "en"], { type: "language" }).of(code)!;

test("a new organization that looks like an existing one is listed with it and saved only once confirmed", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await createAccount({ ...CURATOR, role: "curator", extra: ["--diaspora", "azerbaijani"] });
  await signIn(page, "ru", CURATOR.email, CURATOR.password);
  await expect(page).toHaveURL(/\/ru\/curate$/);

  const englishName = `Название — ${languageName("en", "ru")}`;
  const typed = "Vserossiyskiy azerbaydzhanskiy kongress";
  await page.goto("/ru/curate/organizations/new");
  await page.getByRole("textbox", { name: "Адрес (slug)" }).fill(`vserossiyskiy-kongress-${suffix}`);
  await page.getByRole("textbox", { name: englishName }).fill(typed);
  await page.getByRole("group", { name: "Тип" }).getByRole("checkbox", { name: "Федерация или конгресс" }).check();
  await page.getByRole("button", { name: "Отправить на проверку" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Возможно, эта организация уже есть в атласе: посмотрите похожие записи в конце формы.",
  );
  const warning = page.getByRole("region", { name: "Похожие организации уже есть в атласе" });
  const candidate = warning.getByRole("link", { name: /Всероссийский азербайджанский конгресс/ });
  await expect(candidate).toHaveAttribute("href", "/ru/organizations/all-russian-azerbaijan-congress");
  await expect(candidate).toHaveAttribute("target", "_blank");
  await expect(warning.getByRole("listitem")).toHaveCount(1);
  await expect(warning.getByRole("listitem")).toContainText("Россия");
  await expect(warning.getByRole("listitem")).toContainText(`Вы ввели «${typed}» (${englishName}).`);
  // Everything typed is still there.
  await expect(page.getByRole("textbox", { name: englishName })).toHaveValue(typed);
  await expect(page.getByRole("textbox", { name: "Адрес (slug)" })).toHaveValue(`vserossiyskiy-kongress-${suffix}`);
  await expect(
    page.getByRole("group", { name: "Тип" }).getByRole("checkbox", { name: "Федерация или конгресс" }),
  ).toBeChecked();
  const confirm = warning.getByRole("checkbox", { name: "Это другая организация" });
  await expect(confirm).not.toBeChecked();
  await page.getByRole("button", { name: "Отправить на проверку" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/duplicate-warning-ru.png" });
  await expectNoAxeViolations(page);

  await confirm.check();
  await page.getByRole("button", { name: "Отправить на проверку" }).click();
  await expect(page).toHaveURL(/\/ru\/curate\?submitted=1$/);
  await expect(page.getByRole("status")).toHaveText("Изменения отправлены на проверку.");
  await expect(page.getByRole("row", { name: new RegExp(typed) })).toBeVisible();

  // In Azerbaijani, the name typed without its Turkic letters.
  const azerbaijaniName = `Ad — ${languageName("az", "az")}`;
  await page.goto("/az/curate/organizations/new");
  await page.getByRole("textbox", { name: "Ünvan (slug)" }).fill(`umumrusiya-konqresi-${suffix}`);
  await page.getByRole("textbox", { name: azerbaijaniName }).fill("Umumrusiya Azerbaycan Konqresi");
  await page
    .getByRole("textbox", { name: `Ad — ${languageName("en", "az")}` })
    .fill("Congress of Azerbaijanis in Russia");
  await page.getByRole("group", { name: "Növ" }).getByRole("checkbox", { name: "Federasiya və ya konqres" }).check();
  await page.getByRole("button", { name: "Yoxlamaya göndər" }).click();
  const warningAz = page.getByRole("region", { name: "Atlasda artıq oxşar təşkilatlar var" });
  await expect(warningAz.getByRole("link", { name: /Ümumrusiya Azərbaycan Konqresi/ })).toHaveAttribute(
    "href",
    "/az/organizations/all-russian-azerbaijan-congress",
  );
  await expect(warningAz.getByRole("listitem")).toContainText("Rusiya");
  await expect(page.getByRole("textbox", { name: azerbaijaniName })).toHaveValue("Umumrusiya Azerbaycan Konqresi");
  await page.getByRole("button", { name: "Yoxlamaya göndər" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/duplicate-warning-az.png" });
});

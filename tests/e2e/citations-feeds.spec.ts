// Researchers' tools in a real browser: "Cite this" on an organization page (Russian), copied to the clipboard and
// downloaded as .bib; the block on an event (Azerbaijani) and a diaspora page; the events list's Subscribe links and
// <link rel="alternate"> carrying the filters, read back with ical.js and an XML parser. Axe finds nothing on the new
// blocks. (The admin's iCalendar import is in tools-import.spec.ts, which runs last: it adds an event.)
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { axeViolations } from "./support/axe";

const today = () => new Date().toISOString().slice(0, 10);

test("an organization page cites its current version in GOST, APA, Chicago, BibTeX and CSL-JSON, to copy or download", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/ru/organizations/ojag");
  const cite = page.locator("details#cite");
  await cite.getByText("Как цитировать").click();
  const permalink = cite.getByRole("link", { name: /\/ru\/organizations\/ojag\?version=1$/ });
  await expect(permalink).toBeVisible();
  await expect(cite.getByText(/^Постоянная ссылка на версию 1:/)).toBeVisible();
  // GOST R 7.0.100-2018 comes first on Russian pages: a part of the site, its version, the access date.
  await expect(cite.locator("dt").first()).toContainText("ГОСТ Р 7.0.100-2018");
  const [y, m, d] = today().split("-");
  await expect(cite.locator("dd").first()).toHaveText(
    new RegExp(
      "^Азербайджанское культурное общество «Оджаг» : профиль организации\\. – Версия 1\\. – Текст : электронный " +
        `// Атлас диаспор : сайт\\. – \\d{4}\\. – URL: http\\S+/ru/organizations/ojag\\?version=1 ` +
        `\\(дата обращения: ${d}\\.${m}\\.${y}\\)\\.$`,
    ),
  );
  const apa = cite.locator("dd").nth(1);
  await expect(apa).toContainText("Атлас диаспор. (");
  // A versioned permanent link is archived: APA needs no retrieval date for it.
  await expect(apa).toContainText("Азербайджанское культурное общество «Оджаг» (Версия 1) [Профиль организации]. http");
  await expect(apa).not.toContainText("Получено");
  await expect(apa.locator("i")).toHaveText("Азербайджанское культурное общество «Оджаг»");
  await expect(cite.locator("dd").nth(2)).toContainText(
    "Атлас диаспор. «Азербайджанское культурное общество «Оджаг»». Версия 1.",
  );

  // APA goes to the clipboard as HTML (the italic title kept) and as plain text.
  await cite.getByRole("button", { name: /^Копировать: APA/ }).click();
  // The copy is asynchronous: read the clipboard once the page says it is done.
  await expect(cite.getByRole("status").filter({ hasText: "Скопировано." })).toHaveCount(1);
  const apaClipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      html: await (await item!.getType("text/html")).text(),
      plain: await (await item!.getType("text/plain")).text(),
    };
  });
  expect(apaClipboard.html).toContain("<i>Азербайджанское культурное общество «Оджаг»</i>");
  expect(apaClipboard.plain).toBe(await apa.textContent());

  await cite.getByRole("button", { name: "Копировать: BibTeX" }).click();
  await expect(cite.getByRole("status").filter({ hasText: "Скопировано." })).toHaveCount(2);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await cite.locator("pre").first().textContent());
  expect(copied).toContain("@misc{organization-ojag-v1-ru,");
  expect(copied).toContain(`urldate      = {${today()}}`);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    cite.getByRole("link", { name: "Скачать .bib" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("organization-ojag-v1-ru.bib");
  expect(await readFile((await download.path())!, "utf8")).toBe(copied);
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    cite.getByRole("link", { name: "Скачать .json" }).click(),
  ]);
  const [item] = JSON.parse(await readFile((await json.path())!, "utf8"));
  expect(item).toMatchObject({
    id: "organization-ojag-v1-ru",
    type: "webpage",
    version: "1",
    accessed: { "date-parts": [today().split("-").map(Number)] },
  });

  // The permanent address opens the same page; a version the entry never had is not found.
  await permalink.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Оджаг");
  expect((await page.request.get("/ru/organizations/ojag?version=2")).status()).toBe(404);
  expect(await axeViolations(page)).toEqual([]);
});

test("events and diaspora pages offer the same block, in a national language too", async ({ page }) => {
  await page.goto("/az/events/victory-day");
  const cite = page.locator("details#cite");
  await cite.getByText("İstinad et").click();
  await expect(cite.locator("dd").first()).toContainText("[Tədbir haqqında qeyd]");
  await expect(cite.getByRole("link", { name: /\/az\/events\/victory-day\?version=1$/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/en/diasporas/armenian");
  await page.locator("details#cite").getByText("Cite this").click();
  await expect(page.locator("details#cite dd").first()).toContainText(
    "Armenian diaspora [Diaspora profile]. Retrieved ",
  );
  await expect(page.locator("details#cite").getByText(/has no versions of its own/)).toBeVisible();
});

test("the events list links its filter set as a calendar and an Atom feed, in the head and in view", async ({
  page,
  request,
}) => {
  await page.goto("/ru/events?diaspora=armenian&when=all");
  const box = page.getByRole("complementary", { name: "Подписаться на эти мероприятия" });
  const ics = box.getByRole("link", { name: "Календарь (iCalendar, .ics)" });
  await expect(ics).toHaveAttribute("href", "/ru/events/feed.ics?diaspora=armenian&when=all");
  const head = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(head).toHaveAttribute("href", /\/ru\/events\/feed\.atom\?diaspora=armenian&when=all$/);
  await expect(head).toHaveAttribute("title", "Мероприятия по этим фильтрам (Atom)");

  const calendar = new ICAL.Component(ICAL.parse(await (await request.get((await ics.getAttribute("href"))!)).text()));
  const titles = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).summary);
  // The list shows the same dated events (the undated one has no calendar entry).
  for (const title of titles) await expect(page.getByRole("link", { name: title })).toBeVisible();
  expect(titles.length).toBe(2);

  const atom = await (await request.get((await head.getAttribute("href"))!)).text();
  expect(XMLValidator.validate(atom)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(atom).feed;
  expect(feed.entry).toHaveLength(3);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/en/organizations?diaspora=georgian");
  await expect(page.getByRole("link", { name: "New organizations: news feed (Atom)" })).toHaveAttribute(
    "href",
    "/en/organizations/feed.atom?diaspora=georgian",
  );
});

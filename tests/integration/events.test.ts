import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatePrecision, EventType } from "../../lib/db/generated/enums";
import { layoutCalendarMonth } from "../../lib/events/calendar-layout";
import { getCalendarMonth } from "../../lib/events/calendar-month";
import { getEventFacets } from "../../lib/events/event-facets";
import { monthScope, whenScope } from "../../lib/events/filter-sql";
import type { EventFilters, EventWhen } from "../../lib/events/filters";
import { getEvent } from "../../lib/events/get-event";
import { countUndatedEvents, listEvents } from "../../lib/events/list-events";
import { openTestDatabase, resetDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

// Fixtures around a fixed "today", so nothing depends on the real date.
const TODAY = "2024-06-15";
const db = openTestDatabase();

type Fixture = {
  slug: string;
  start?: string;
  end?: string;
  precision?: DatePrecision;
  type?: EventType;
  country?: string;
  city?: Record<string, string>;
  organizers?: string[];
  diasporas?: string[];
};

const fixtures: Fixture[] = [
  {
    slug: "past-forum",
    start: "2024-06-10",
    type: "FORUM",
    country: "RU",
    city: { ru: "Москва", en: "Moscow" },
    organizers: ["org-a"],
    diasporas: ["dia-a"],
  },
  {
    slug: "ongoing-festival",
    start: "2024-06-14",
    end: "2024-06-16",
    type: "FESTIVAL",
    country: "KZ",
    organizers: ["org-a"],
  },
  { slug: "today-meeting", start: "2024-06-15", type: "MEETING", country: "RU", city: { en: "Kazan" } },
  {
    slug: "july-conference",
    start: "2024-07-01",
    type: "CONFERENCE",
    country: "DE",
    organizers: ["org-b"],
    diasporas: ["dia-b"],
  },
  { slug: "next-year-concert", start: "2025-01-10", type: "CONCERT", diasporas: ["dia-a"] },
  { slug: "june-sometime", start: "2024-06-01", precision: "MONTH", type: "EXHIBITION", country: "RU" },
  { slug: "may-sometime", start: "2024-05-01", precision: "MONTH", type: "EXHIBITION" },
  { slug: "this-year", start: "2024-01-01", precision: "YEAR", type: "THEMED_YEAR" },
  { slug: "year-2013", start: "2013-01-01", precision: "YEAR", type: "FESTIVAL", country: "KZ", diasporas: ["dia-b"] },
  { slug: "undated", type: "OTHER", country: "RU" },
];

async function insertFixtures() {
  await db.country.createMany({ data: ["RU", "KZ", "DE"].map((code) => ({ code })) });
  const organization = (slug: string, en: string) =>
    db.organization.create({
      data: { slug, translations: { create: [{ locale: "en", name: en }] } },
      select: { id: true, slug: true },
    });
  const diaspora = (slug: string, ru: string) =>
    db.diaspora.create({
      data: { slug, translations: { create: [{ locale: "ru", name: ru }] } },
      select: { id: true, slug: true },
    });
  const ids = new Map<string, string>();
  for (const row of [
    await organization("org-a", "Org A"),
    await organization("org-b", "Org B"),
    await diaspora("dia-a", "Диаспора А"),
    await diaspora("dia-b", "Диаспора Б"),
  ]) {
    ids.set(row.slug, row.id);
  }
  const source = await db.source.create({
    data: { key: "test-source", title: "A test source", year: 2024 },
    select: { id: true },
  });
  for (const f of fixtures) {
    await db.event.create({
      data: {
        slug: f.slug,
        type: f.type ?? "OTHER",
        startDate: f.start ? new Date(f.start) : null,
        endDate: f.end ? new Date(f.end) : null,
        datePrecision: f.precision ?? "DAY",
        countryCode: f.country,
        translations: {
          create: [
            { locale: "en", title: `Title of ${f.slug}`, city: f.city?.en },
            ...(f.city?.ru
              ? [{ locale: "ru", title: `Название ${f.slug}`, city: f.city.ru, recurrence: "ежегодно" }]
              : []),
          ],
        },
        organizers: { create: (f.organizers ?? []).map((slug) => ({ organizationId: ids.get(slug)! })) },
        diasporas: { create: (f.diasporas ?? []).map((slug) => ({ diasporaId: ids.get(slug)! })) },
        sources: {
          create: [
            { sourceId: source.id, facts: ["titles", "start"], locator: "p. 1" },
            { sourceId: source.id, facts: ["country"], locator: "p. 2" },
          ],
        },
      },
    });
  }
}

beforeAll(async () => {
  await resetDatabase(db);
  await insertFixtures();
});
afterAll(() => db.$disconnect());

const slugs = async (when: EventWhen, filters: EventFilters = {}, today = TODAY) =>
  (await listEvents({ locale: "en", filters, when, today, page: 1, pageSize: 100 })).items.map((e) => e.slug);

describe("upcoming and past", () => {
  it("lists upcoming events soonest first, counting events under way and periods that reach today", async () => {
    expect(await slugs("upcoming")).toEqual([
      "this-year",
      "june-sometime",
      "ongoing-festival",
      "today-meeting",
      "july-conference",
      "next-year-concert",
    ]);
  });

  it("lists past events latest first, and never undated ones", async () => {
    expect(await slugs("past")).toEqual(["past-forum", "may-sometime", "year-2013"]);
  });

  it("lists everything under all, with undated events last", async () => {
    const all = await slugs("all");
    expect(all).toHaveLength(fixtures.length);
    expect(all.at(-1)).toBe("undated");
    expect(await countUndatedEvents({})).toBe(1);
    expect(await countUndatedEvents({ country: "DE" })).toBe(0);
  });

  it("moves with the reference date", async () => {
    expect(await slugs("past", {}, "2024-06-17")).toEqual([
      "today-meeting",
      "ongoing-festival",
      "past-forum",
      "may-sometime",
      "year-2013",
    ]);
    expect(await slugs("upcoming", {}, "2025-01-01")).toEqual(["next-year-concert"]);
    expect(await slugs("upcoming", {}, "2024-12-31")).toContain("this-year");
  });

  it("pages through the results and clamps a page past the end", async () => {
    const first = await listEvents({ locale: "en", when: "all", today: TODAY, page: 1, pageSize: 4 });
    const last = await listEvents({ locale: "en", when: "all", today: TODAY, page: 99, pageSize: 4 });
    expect(first).toMatchObject({ total: fixtures.length, pageCount: 3, page: 1 });
    expect(last.page).toBe(3);
    expect(last.items.map((e) => e.slug)).toEqual((await slugs("all")).slice(8));
  });
});

describe("filters", () => {
  it("matches a date range by overlap, so a year-only or month-only event matches any day of its period", async () => {
    expect(await slugs("all", { from: "2013-06-01", to: "2013-06-30" })).toEqual(["year-2013"]);
    expect(await slugs("all", { from: "2024-06-16", to: "2024-06-16" })).toEqual([
      "ongoing-festival",
      "june-sometime",
      "this-year",
    ]);
    expect(await slugs("all", { to: "2024-05-31" })).toEqual(["may-sometime", "this-year", "year-2013"]);
    expect(await slugs("all", { from: "2024-07-01" })).toEqual(["next-year-concert", "july-conference", "this-year"]);
  });

  it("filters by country, city in any language, diaspora, type and organizer", async () => {
    expect(await slugs("all", { country: "KZ" })).toEqual(["ongoing-festival", "year-2013"]);
    expect(await slugs("all", { city: "москва" })).toEqual(["past-forum"]);
    expect(await slugs("all", { city: "MOSCOW" })).toEqual(["past-forum"]);
    expect(await slugs("all", { diaspora: "dia-b" })).toEqual(["july-conference", "year-2013"]);
    expect(await slugs("all", { type: "EXHIBITION" })).toEqual(["june-sometime", "may-sometime"]);
    expect(await slugs("all", { organization: "org-a" })).toEqual(["ongoing-festival", "past-forum"]);
    expect(await slugs("upcoming", { country: "RU" })).toEqual(["june-sometime", "today-meeting"]);
    expect(await slugs("all", { country: "RU", type: "FORUM", organization: "org-b" })).toEqual([]);
  });

  it("counts each facet with the other filters and the time scope applied", async () => {
    const facets = await getEventFacets({
      locale: "ru",
      filters: { country: "RU", type: "MEETING" },
      scope: whenScope("upcoming", TODAY),
      matchedIds: null,
    });
    // Country ignores its own filter: upcoming meetings per country.
    expect(facets.country).toEqual([{ value: "RU", count: 1 }]);
    // Type ignores its own filter: upcoming events in Russia per type.
    expect(facets.type).toEqual([
      { value: "EXHIBITION", count: 1 },
      { value: "MEETING", count: 1 },
    ]);
    const all = await getEventFacets({ locale: "ru", filters: {}, scope: whenScope("all", TODAY), matchedIds: null });
    expect(all.diaspora).toEqual([
      { value: "dia-a", count: 2, label: "Диаспора А" },
      { value: "dia-b", count: 2, label: "Диаспора Б" },
    ]);
    expect(all.organization.find((o) => o.value === "org-a")).toEqual({ value: "org-a", count: 2, label: "Org A" });
    expect(all.city.map((c) => c.value).sort()).toEqual(["Kazan", "Москва"]);
    const june = await getEventFacets({ locale: "en", filters: {}, scope: monthScope("2024-06"), matchedIds: null });
    expect(june.type.find((f) => f.value === "EXHIBITION")?.count).toBe(1);
  });

  it("keeps to the search module's matches when it gives them", async () => {
    const ids = await db.event.findMany({
      where: { slug: { in: ["year-2013", "july-conference"] } },
      select: { id: true },
    });
    const matched = await listEvents({
      locale: "en",
      filters: { q: "x" },
      matchedIds: ids.map((r) => r.id),
      when: "all",
      today: TODAY,
      page: 1,
      pageSize: 10,
    });
    expect(matched.items.map((e) => e.slug).sort()).toEqual(["july-conference", "year-2013"]);
  });
});

describe("calendar month", () => {
  it("returns every event overlapping the month, whatever its precision, with the nearest months around it", async () => {
    const june = await getCalendarMonth({ locale: "en", month: "2024-06" });
    expect(june.items.map((e) => e.slug)).toEqual([
      "this-year",
      "june-sometime",
      "past-forum",
      "ongoing-festival",
      "today-meeting",
    ]);
    expect(june.earlier).toBe("2024-05");
    expect(june.later).toBe("2024-07");
  });

  it("applies the filters, also to the nearest months", async () => {
    const august = await getCalendarMonth({ locale: "en", month: "2024-08", filters: { country: "KZ" } });
    expect(august.items).toEqual([]);
    expect(august.earlier).toBe("2024-06");
    expect(august.later).toBeNull();
    const emptyYear = await getCalendarMonth({ locale: "en", month: "2014-03", filters: { diaspora: "dia-b" } });
    expect(emptyYear).toMatchObject({ items: [], earlier: "2013-12", later: "2024-07" });
  });
});

describe("getEvent", () => {
  it("returns the event with its organizers, diasporas and numbered citations", async () => {
    const event = await getEvent("past-forum", "kk");
    expect(event).toMatchObject({
      slug: "past-forum",
      type: "FORUM",
      startDate: "2024-06-10",
      datePrecision: "DAY",
      countryCode: "RU",
      title: { locale: "ru", isFallback: true },
      city: { value: "Москва", locale: "ru", isFallback: true },
      recurrence: { value: "ежегодно" },
      organizers: [{ slug: "org-a", name: { value: "Org A" } }],
      diasporas: [{ slug: "dia-a" }],
    });
    expect(event!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(event!.citations.map((c) => [c.number, c.locator, c.source.key])).toEqual([
      [1, "p. 1", "test-source"],
      [2, "p. 2", "test-source"],
    ]);
  });

  it("keeps the stored precision and returns null for an unknown slug", async () => {
    expect(await getEvent("year-2013", "en")).toMatchObject({
      startDate: "2013-01-01",
      endDate: null,
      datePrecision: "YEAR",
    });
    expect(await getEvent("no-such-event", "en")).toBeNull();
  });
});

describe("with the article's seed data", () => {
  beforeAll(async () => {
    await resetToSeed(db);
  });

  it("splits the seed's events into past, nothing upcoming, and undated ones listed only under all", async () => {
    const total = await db.event.count();
    const undated = await db.event.count({ where: { startDate: null } });
    expect(await slugs("upcoming")).toEqual([]);
    const past = await slugs("past");
    expect(past.length).toBe(total - undated);
    expect(past[0]).toBe("immortal-regiment-march-shanghai-2021");
    expect(await countUndatedEvents({})).toBe(undated);
    expect((await slugs("all")).slice(-undated).every((slug) => past.indexOf(slug) === -1)).toBe(true);
  });

  it("shows year-only events of 2017 in every month of 2017 and on no day", async () => {
    const may2017 = await getCalendarMonth({ locale: "ru", month: "2017-05", filters: { country: "RU" } });
    // Sorted by the Russian title: «Выставка…» before «День…».
    expect(may2017.items.map((e) => [e.slug, e.datePrecision])).toEqual([
      ["georgian-artists-exhibition-moscow-2017", "YEAR"],
      ["day-of-belarusian-culture-moscow-2017", "YEAR"],
    ]);
    const layout = layoutCalendarMonth("2017-05", may2017.items);
    expect(layout.weeks.flat().every((day) => !day || day.events.length === 0)).toBe(true);
    expect(layout.yearOnly).toHaveLength(2);
    const december2020 = await getCalendarMonth({ locale: "ru", month: "2020-12", filters: { country: "RU" } });
    expect(december2020.items.map((e) => e.slug)).toEqual(["forum-azerbaijan-russia-economic-diplomacy-2020"]);
    expect(december2020).toMatchObject({ earlier: "2019-12", later: null });
  });
  it("says where the title and description shown come from, and whether the atlas's title translates another", async () => {
    // The article prints "Victory Day" in English; the Russian title and both descriptions are the atlas's.
    expect(await getEvent("victory-day", "ru")).toMatchObject({
      title: { value: "День Победы", locale: "ru" },
      titleProvenance: "ATLAS",
      descriptionProvenance: "ATLAS",
    });
    const english = (await getEvent("victory-day", "en"))!;
    expect(english).toMatchObject({ titleProvenance: "SOURCE", descriptionProvenance: "ATLAS" });
    expect(english.titleProvenances.toSorted((a, b) => a.locale.localeCompare(b.locale))).toEqual([
      { locale: "en", provenance: "SOURCE" },
      { locale: "ru", provenance: "ATLAS" },
    ]);
    // No cited source gives the march's title in any language: the atlas's wording, translating nothing.
    const march = (await getEvent("immortal-regiment-march-shanghai-2021", "ru"))!;
    expect(march.titleProvenance).toBe("ATLAS");
    expect(march.titleProvenances.every((t) => t.provenance === "ATLAS")).toBe(true);
    // A language the event lacks falls back, and the provenance is the fallback text's.
    expect(await getEvent("martisor", "ro")).toMatchObject({
      title: { value: "Mărțișor", locale: "ro" },
      titleProvenance: "SOURCE",
      // Romanian is written in Latin letters: the English description comes before the Russian one.
      description: { locale: "en", isFallback: true },
      descriptionProvenance: "ATLAS",
    });
  });
});

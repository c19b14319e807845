// The statistics of /stats against a small fixture counted by hand (comments say who is counted where), and each
// chart's CSV parsed back with csv-parse and compared with the aggregation it came from.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelKind, OnlinePresence, OrganizationType, ServedGroup } from "../../lib/db/generated/enums";
import { chartDownload } from "../../lib/stats/chart-download";
import { getChartData, type CountChart, type PresenceChart } from "../../lib/stats/chart-data";
import { CHART_IDS, type ChartId } from "../../lib/stats/charts";
import { getStats } from "../../lib/stats/get-stats";
import { parseStatsQuery, type StatsScope } from "../../lib/stats/scope";
import { openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();

type Fixture = {
  slug: string;
  countries: string[];
  diasporas: string[];
  types: OrganizationType[];
  groups: ServedGroup[];
  foundedYear: number | null;
  channels: { kind: ChannelKind; languages: string[] }[];
  /** What a source attests without an address. */
  onlinePresence?: OnlinePresence[];
};

const ORGANIZATIONS: Fixture[] = [
  // website (ru+hy: multilingual) and Facebook
  {
    slug: "o1",
    countries: ["RU"],
    diasporas: ["armenian"],
    types: ["CULTURAL_SOCIETY"],
    groups: ["YOUTH"],
    foundedYear: 1995,
    channels: [
      { kind: "WEBSITE", languages: ["ru", "hy"] },
      { kind: "FACEBOOK", languages: [] },
    ],
  },
  // two websites, one Russian, one English: multilingual together; no social media
  {
    slug: "o2",
    countries: ["RU", "FR"],
    diasporas: ["armenian"],
    types: ["CULTURAL_SOCIETY", "MEDIA"],
    groups: [],
    foundedYear: 2003,
    channels: [
      { kind: "WEBSITE", languages: ["ru"] },
      { kind: "WEBSITE", languages: ["en"] },
    ],
  },
  // Telegram; a website a source attests without its address
  {
    slug: "o3",
    countries: ["FR"],
    diasporas: ["georgian"],
    types: ["MEDIA"],
    groups: ["STUDENTS", "YOUTH"],
    foundedYear: 2008,
    channels: [{ kind: "TELEGRAM", languages: ["ka"] }],
    onlinePresence: ["WEBSITE"],
  },
  // ru and ru-RU are one language: a website, not a multilingual one; VK, and social media attested without an
  // address too (the recorded channel makes it no "without an address" case)
  {
    slug: "o4",
    countries: ["RU"],
    diasporas: ["armenian", "georgian"],
    types: [],
    groups: [],
    foundedYear: null,
    channels: [
      { kind: "WEBSITE", languages: ["ru", "ru-RU"] },
      { kind: "VK", languages: ["ru"] },
    ],
    onlinePresence: ["SOCIAL_MEDIA"],
  },
  // no country, no diaspora; channels, but neither a website nor social media
  {
    slug: "o5",
    countries: [],
    diasporas: [],
    types: ["OTHER"],
    groups: [],
    foundedYear: 1989,
    channels: [
      { kind: "RSS", languages: [] },
      { kind: "OTHER", languages: ["en", "ru"] },
    ],
  },
  // no channel; a source says it uses the internet (no website or address stated)
  {
    slug: "o6",
    countries: ["US"],
    diasporas: ["georgian"],
    types: ["ACADEMIC"],
    groups: [],
    foundedYear: null,
    channels: [],
    onlinePresence: ["INTERNET"],
  },
];

const EVENTS = [
  { slug: "e1", startDate: "2019-05-01", precision: "DAY", country: "RU", diasporas: ["armenian"] },
  { slug: "e2", startDate: "2019-11-01", precision: "MONTH", country: "FR", diasporas: ["georgian"] },
  { slug: "e3", startDate: "2021-01-01", precision: "YEAR", country: "RU", diasporas: ["armenian"] },
  { slug: "e4", startDate: null, precision: "DAY", country: null, diasporas: [] },
] as const;

beforeAll(async () => {
  await resetDatabase(db);
  await db.country.createMany({ data: ["RU", "FR", "US", "AM", "GE"].map((code) => ({ code })) });
  const diasporas = {
    armenian: [
      { locale: "en", name: "Armenian diaspora" },
      { locale: "ru", name: "Армянская диаспора" },
      { locale: "hy", name: "Հայկական սփյուռք" },
    ],
    georgian: [
      { locale: "en", name: "Georgian diaspora" },
      { locale: "ru", name: "Грузинская диаспора" },
    ],
    kazakh: [{ locale: "en", name: "Kazakh diaspora" }],
  };
  const ids: Record<string, string> = {};
  for (const [slug, translations] of Object.entries(diasporas)) {
    ids[slug] = (await db.diaspora.create({ data: { slug, translations: { create: translations } } })).id;
  }
  for (const o of ORGANIZATIONS) {
    await db.organization.create({
      data: {
        slug: o.slug,
        types: o.types,
        groups: o.groups,
        foundedYear: o.foundedYear,
        onlinePresence: o.onlinePresence ?? [],
        translations: { create: [{ locale: "en", name: `Organization ${o.slug}` }] },
        countries: { create: o.countries.map((countryCode) => ({ countryCode })) },
        diasporas: { create: o.diasporas.map((d) => ({ diasporaId: ids[d]! })) },
        channels: {
          create: o.channels.map((c, i) => ({
            kind: c.kind,
            languages: c.languages,
            url: `https://${o.slug}.example/${i}`,
            position: i,
          })),
        },
      },
    });
  }
  for (const e of EVENTS) {
    await db.event.create({
      data: {
        slug: e.slug,
        type: "FESTIVAL",
        startDate: e.startDate ? new Date(`${e.startDate}T00:00:00Z`) : null,
        datePrecision: e.precision,
        countryCode: e.country,
        translations: { create: [{ locale: "en", title: `Event ${e.slug}` }] },
        diasporas: { create: e.diasporas.map((d) => ({ diasporaId: ids[d]! })) },
      },
    });
  }
});
afterAll(() => db.$disconnect());

async function count(id: ChartId, scope: StatsScope = {}, locale = "en"): Promise<CountChart> {
  const chart = await getChartData(id, scope, locale);
  if (chart.kind !== "count") throw new Error(`${id} is not a count chart`);
  return chart;
}
async function presence(id: ChartId, scope: StatsScope = {}, locale = "en"): Promise<PresenceChart> {
  const chart = await getChartData(id, scope, locale);
  if (chart.kind !== "presence") throw new Error(`${id} is not a presence chart`);
  return chart;
}
const bars = (chart: CountChart) => chart.bars.map((b) => [b.key, b.count]);

describe("organization counts", () => {
  it("by host country: RU o1 o2 o4, FR o2 o3, US o6; o5 has none", async () => {
    const chart = await count("organizations-by-country");
    expect(chart).toMatchObject({ total: 6, notRecorded: 1, layout: "bars", unit: "organizations" });
    expect(bars(chart)).toEqual([
      ["RU", 3],
      ["FR", 2],
      ["US", 1],
    ]);
    expect(chart.bars.map((b) => b.label)).toEqual(["Russia", "France", "United States"]);
  });

  it("by diaspora: Armenian o1 o2 o4, Georgian o3 o4 o6 (a tie, in the page's alphabet); the diaspora without organizations is absent", async () => {
    const chart = await count("organizations-by-diaspora");
    expect(chart).toMatchObject({ total: 6, notRecorded: 1 });
    expect(bars(chart)).toEqual([
      ["armenian", 3],
      ["georgian", 3],
    ]);
    expect(chart.bars.map((b) => b.label)).toEqual(["Armenian diaspora", "Georgian diaspora"]);
    const hy = await count("organizations-by-diaspora", {}, "hy");
    // Armenian has its own name in hy; Georgian falls back to Russian (the chain hy → ru → en).
    expect(Object.fromEntries(hy.bars.map((b) => [b.key, b.label]))).toEqual({
      armenian: "Հայկական սփյուռք",
      georgian: "Грузинская диаспора",
    });
  });

  it("by type: cultural society o1 o2, media o2 o3, other o5, academic o6; o4 has no type", async () => {
    const chart = await count("organizations-by-type");
    expect(chart).toMatchObject({ total: 6, notRecorded: 1 });
    expect(bars(chart)).toEqual([
      ["CULTURAL_SOCIETY", 2],
      ["MEDIA", 2],
      ["ACADEMIC", 1],
      ["OTHER", 1],
    ]);
    expect(chart.bars[0]!.label).toBe("Cultural society");
    const ru = await count("organizations-by-type", {}, "ru");
    expect(ru.bars.find((b) => b.key === "CULTURAL_SOCIETY")!.label).toBe("Культурное общество");
  });

  it("by group served: youth o1 o3, students o3; four have none", async () => {
    const chart = await count("organizations-by-group");
    expect(chart).toMatchObject({ total: 6, notRecorded: 4 });
    expect(bars(chart)).toEqual([
      ["YOUTH", 2],
      ["STUDENTS", 1],
    ]);
  });

  it("by decade founded, as a time series with the empty decades kept: 1989 → 1980s, 1995 → 1990s, 2003 and 2008 → 2000s", async () => {
    const chart = await count("organizations-by-founding-decade");
    expect(chart).toMatchObject({ total: 6, notRecorded: 2, layout: "columns" });
    expect(bars(chart)).toEqual([
      ["1980", 1],
      ["1990", 1],
      ["2000", 2],
    ]);
    expect(chart.bars.map((b) => b.label)).toEqual(["1980–1989", "1990–1999", "2000–2009"]);
  });
});

describe("events per year", () => {
  it("counts each event in the year it begins, keeps 2020 as zero and the undated one apart", async () => {
    const chart = await count("events-by-year");
    expect(chart).toMatchObject({ total: 4, notRecorded: 1, unit: "events", layout: "columns" });
    expect(bars(chart)).toEqual([
      ["2019", 2],
      ["2020", 0],
      ["2021", 1],
    ]);
  });
});

describe("digital presence", () => {
  it("by diaspora, with the whole scope and the organizations of no diaspora", async () => {
    const chart = await presence("digital-presence-by-diaspora");
    // website o1 o2 o4, and o3 attested without an address; social o1 (Facebook) o3 (Telegram) o4 (VK, also
    // attested: counted once, and not as "without an address"); multilingual o1, o2; any channel all but o6; online
    // all six, o6 only through a source saying it uses the internet
    expect(chart.all).toEqual({
      organizations: 6,
      website: 4,
      socialMedia: 3,
      multilingualWebsite: 2,
      anyChannel: 5,
      websiteWithoutAddress: 1,
      socialMediaWithoutAddress: 0,
      online: 6,
      onlineWithoutAddress: 1,
    });
    expect(chart.groups).toEqual([
      {
        key: "armenian",
        label: "Armenian diaspora",
        organizations: 3,
        website: 3,
        socialMedia: 2,
        multilingualWebsite: 2,
        anyChannel: 3,
        websiteWithoutAddress: 0,
        socialMediaWithoutAddress: 0,
        online: 3,
        onlineWithoutAddress: 0,
      },
      {
        key: "georgian",
        label: "Georgian diaspora",
        organizations: 3,
        website: 2,
        socialMedia: 2,
        multilingualWebsite: 0,
        anyChannel: 2,
        websiteWithoutAddress: 1,
        socialMediaWithoutAddress: 0,
        online: 3,
        onlineWithoutAddress: 1,
      },
    ]);
    expect(chart.notRecorded).toEqual({
      organizations: 1,
      website: 0,
      socialMedia: 0,
      multilingualWebsite: 0,
      anyChannel: 1,
      websiteWithoutAddress: 0,
      socialMediaWithoutAddress: 0,
      online: 1,
      onlineWithoutAddress: 0,
    });
  });

  it("by host country", async () => {
    const chart = await presence("digital-presence-by-country", {}, "ka");
    expect(
      chart.groups.map((g) => [g.key, g.organizations, g.website, g.socialMedia, g.multilingualWebsite, g.anyChannel]),
    ).toEqual([
      ["RU", 3, 3, 2, 2, 3],
      ["FR", 2, 2, 1, 1, 2],
      ["US", 1, 0, 0, 0, 0],
    ]);
    expect(chart.groups[0]!.label).toBe("რუსეთი");
    expect(chart.notRecorded.organizations).toBe(1);
  });

  it("for one diaspora, by host country (the directory's ?diaspora= filter)", async () => {
    const { scope } = parseStatsQuery({ diaspora: "armenian", type: "NOPE" });
    expect(scope).toEqual({ diaspora: "armenian" });
    const chart = await presence("digital-presence-by-country", scope);
    expect(chart.all).toEqual({
      organizations: 3,
      website: 3,
      socialMedia: 2,
      multilingualWebsite: 2,
      anyChannel: 3,
      websiteWithoutAddress: 0,
      socialMediaWithoutAddress: 0,
      online: 3,
      onlineWithoutAddress: 0,
    });
    expect(chart.groups.map((g) => [g.key, g.organizations, g.website, g.socialMedia, g.multilingualWebsite])).toEqual([
      ["RU", 3, 3, 2, 2],
      ["FR", 1, 1, 0, 1],
    ]);
    expect(chart.notRecorded.organizations).toBe(0);
    expect(bars(await count("events-by-year", scope))).toEqual([
      ["2019", 1],
      ["2020", 0],
      ["2021", 1],
    ]);
  });

  it("for one host country, by diaspora; an unknown diaspora counts nothing", async () => {
    expect(bars(await count("organizations-by-diaspora", { country: "FR" }))).toEqual([
      ["armenian", 1],
      ["georgian", 1],
    ]);
    const none = await getStats({ diaspora: "no-such-diaspora" }, "en");
    expect([none.organizations, none.events]).toEqual([0, 0]);
    expect(parseStatsQuery({ country: "ZZZ", diaspora: "Bad Slug" }).ignored).toEqual(["diaspora", "country"]);
  });
});

describe("getStats", () => {
  it("gives every chart and the totals of the scope", async () => {
    const stats = await getStats({}, "ru");
    expect(Object.keys(stats.charts).sort()).toEqual([...CHART_IDS].sort());
    expect([stats.organizations, stats.events]).toEqual([6, 4]);
  });
});

describe("CSV downloads", () => {
  type Row = Record<string, string>;
  const read = async (id: ChartId, scope: StatsScope = {}, locale = "ru") => {
    const { filename, body } = await chartDownload(id, scope, locale);
    expect(body.startsWith("\uFEFF")).toBe(true);
    expect(body).toContain("\r\n");
    return { filename, rows: parse(body, { bom: true, columns: true }) as Row[] };
  };

  it.each(CHART_IDS.filter((id) => !id.startsWith("digital-presence")))(
    "%s: one row per bar, then the not-recorded row",
    async (id) => {
      const chart = await count(id, {}, "ru");
      const { filename, rows } = await read(id);
      expect(filename).toBe(`${id}.csv`);
      const expected = chart.bars.map((b) => ({ key: b.key, name: b.label, count: String(b.count) }));
      if (chart.notRecorded) expected.push({ key: "", name: "Не указано", count: String(chart.notRecorded) });
      expect(rows.map((r) => ({ key: r[chart.keyColumn], name: r.name, count: r[chart.unit] }))).toEqual(expected);
      for (const r of rows) {
        expect(r[`total_${chart.unit}`]).toBe(String(chart.total));
        expect(Number(r[`share_of_${chart.unit}`])).toBeCloseTo(Number(r[chart.unit]) / chart.total, 4);
      }
    },
  );

  it.each(["digital-presence-by-diaspora", "digital-presence-by-country"] as const)(
    "%s: the whole scope, each group, the organizations in none",
    async (id) => {
      const chart = await presence(id, {}, "ru");
      const { rows } = await read(id);
      const numbers = (r: Row) =>
        [
          r.organizations,
          r.with_website,
          r.with_social_media,
          r.with_multilingual_website,
          r.with_any_channel,
          r.with_website_without_address,
          r.online,
          r.online_without_address,
        ].map(Number);
      expect(rows[0]).toMatchObject({ row: "all", name: "Все организации" });
      expect(numbers(rows[0]!)).toEqual([
        chart.all.organizations,
        chart.all.website,
        chart.all.socialMedia,
        chart.all.multilingualWebsite,
        chart.all.anyChannel,
        chart.all.websiteWithoutAddress,
        chart.all.online,
        chart.all.onlineWithoutAddress,
      ]);
      const groups = rows.filter((r) => r.row === "group");
      expect(groups.map((r) => [r[chart.keyColumn], r.name, ...numbers(r)])).toEqual(
        chart.groups.map((g) => [
          g.key,
          g.label,
          g.organizations,
          g.website,
          g.socialMedia,
          g.multilingualWebsite,
          g.anyChannel,
          g.websiteWithoutAddress,
          g.online,
          g.onlineWithoutAddress,
        ]),
      );
      expect(rows.at(-1)).toMatchObject({ row: "not_recorded", organizations: "1" });
      expect(rows.at(-1)!.name).toBe(id.endsWith("diaspora") ? "Диаспора не указана" : "Страна пребывания не указана");
      const armenianOrRussia = groups[0]!;
      expect(Number(armenianOrRussia.share_with_multilingual_website)).toBeCloseTo(2 / 3, 4);
    },
  );

  it("follows the scope, and names the file after it", async () => {
    const { filename, rows } = await read("digital-presence-by-country", { diaspora: "armenian" }, "hy");
    expect(filename).toBe("digital-presence-by-country-armenian.csv");
    expect(rows.map((r) => [r.row, r.country_code, r.organizations])).toEqual([
      ["all", "", "3"],
      ["group", "RU", "3"],
      ["group", "FR", "1"],
    ]);
    expect(rows[1]!.name).toBe("Ռուսաստան");
  });
});

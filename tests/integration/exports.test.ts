// Exports of the filtered lists, read back with real parsers: CSV with csv-parse (byte order mark, a column per
// language, channel URLs, formula cells neutralised), JSON with JSON.parse, HSDS with ajv against the official
// 3.0 organization schema. Each selection is compared with what the list pages show for the same query.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEvents } from "../../lib/events/list-events";
import { unneutralise } from "../../lib/exports/csv";
import { eventExport } from "../../lib/exports/event-export";
import { organizationExport } from "../../lib/exports/organization-export";
import { listOrganizations } from "../../lib/organizations/list-organizations";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";
import { hsdsOrganizationValidator, UNPUBLISHED_ENTITIES } from "../support/hsds";

const db = openTestDatabase();
const TODAY = "2024-06-15";
type Row = Record<string, string>;
const UPCOMING_BOUNDARY = [
  ["export-test-under-way", "2024-06-10", "2024-06-20"],
  ["export-test-ahead", "2024-09-01", null],
  ["export-test-ended-yesterday", "2024-06-14", null],
] as const;

const orgs = (query: string, locale = "en") => organizationExport(new URLSearchParams(query), locale);
const events = (query: string, locale = "en") => eventExport(new URLSearchParams(query), locale, TODAY);
const csvRows = (text: string): Row[] => parse(text, { bom: true, columns: true });
/** The last day of a partial date ("2013" → "2013-12-31", "2019-02" → "2019-02-28"). */
const lastDayOf = (date: string) =>
  date.length === 10
    ? date
    : date.length === 7
      ? new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).toISOString().slice(0, 10)
      : `${date}-12-31`;

beforeAll(async () => {
  await resetToSeed(db);
  // An entry whose texts would run as formulas in a spreadsheet, and one with an Armenian name and several channels.
  const armenian = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" } })).id;
  await db.organization.create({
    data: {
      slug: "formula-test",
      types: ["MEDIA"],
      translations: {
        create: [{ locale: "en", name: '=HYPERLINK("http://evil.example","x")', description: "+1 and -2, @home" }],
      },
      diasporas: { create: { diasporaId: armenian } },
    },
  });
  await db.organization.create({
    data: {
      slug: "hayastan-youth",
      types: ["YOUTH"],
      languages: ["hy", "fr"],
      countries: { create: { countryCode: "FR" } },
      translations: {
        create: [
          { locale: "hy", name: "Հայաստան երիտասարդություն" },
          { locale: "ru", name: "Молодёжь «Айастан»", city: "Париж" },
        ],
      },
      diasporas: { create: { diasporaId: armenian } },
      channels: {
        create: [
          { kind: "WEBSITE", url: "https://hayastan.example/fr", languages: ["hy", "fr"], position: 0 },
          { kind: "TELEGRAM", url: "https://t.me/hayastan_youth", languages: [], position: 1 },
        ],
      },
    },
  });
  // The seed's events all ended before TODAY: without these the "upcoming" selection would be empty and its checks
  // would hold whatever the export wrote. One is under way on TODAY, one lies ahead, one ended the day before.
  for (const [slug, start, end] of UPCOMING_BOUNDARY)
    await db.event.create({
      data: {
        slug,
        type: "FESTIVAL",
        startDate: new Date(start),
        endDate: end ? new Date(end) : null,
        translations: { create: [{ locale: "en", title: `Title of ${slug}` }] },
      },
    });
});
afterAll(() => db.$disconnect());

describe("organization CSV", () => {
  it("starts with a byte order mark and has a column per language held", async () => {
    const response = await orgs("");
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="atlas-organizations-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const header = parse(text, { bom: true, to: 1 })[0] as string[];
    expect(header.slice(0, 6)).toEqual(["slug", "category", "name_ru", "name_en", "name_az", "name_hy"]);
    expect(header).toEqual(
      expect.arrayContaining([
        "description_ru",
        "city_ru",
        "channel_1_kind",
        "channel_1_url",
        "channel_2_url",
        "countries",
        "diasporas",
        "url",
      ]),
    );
    expect(header).not.toContain("channel_3_url");
    // The presence without an address has a fixed place: after the diasporas, before the varying channel columns.
    expect(header.slice(header.indexOf("diasporas"), header.indexOf("diasporas") + 3)).toEqual([
      "diasporas",
      "online_presence",
      "channel_1_kind",
    ]);
    // The list as it opens: diaspora organizations, each row saying so.
    const rows = csvRows(text);
    expect(rows.map((r) => r.slug)).toEqual(
      (
        await db.organization.findMany({
          where: { category: "DIASPORA_ORGANIZATION" },
          select: { slug: true },
          orderBy: { slug: "asc" },
        })
      ).map((o) => o.slug),
    );
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(["DIASPORA_ORGANIZATION"]));
  });

  it("keeps every script intact, includes channel URLs and neutralises formulas", async () => {
    const rows = csvRows(await (await orgs("")).text());
    const hay = rows.find((r) => r.slug === "hayastan-youth")!;
    expect(hay).toMatchObject({
      name_hy: "Հայաստան երիտասարդություն",
      name_ru: "Молодёжь «Айастан»",
      city_ru: "Париж",
      channel_1_kind: "WEBSITE",
      channel_1_url: "https://hayastan.example/fr",
      channel_1_languages: "hy; fr",
      channel_2_url: "https://t.me/hayastan_youth",
      countries: "FR",
      diasporas: "armenian",
    });
    expect(hay.url).toBe("http://localhost:3000/en/organizations/hayastan-youth");
    const formula = rows.find((r) => r.slug === "formula-test")!;
    expect(formula.name_en).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(formula.description_en).toBe("'+1 and -2, @home");
    expect(unneutralise(formula.name_en!)).toBe('=HYPERLINK("http://evil.example","x")');
    const amor = rows.find((r) => r.slug === "amor")!;
    expect(amor.channel_1_url).toMatch(/^https?:\/\//);
    expect(amor.online_presence).toBe("");
  });

  it("writes the presence online without an address the seed records, as a list", async () => {
    const rows = csvRows(await (await orgs("")).text());
    const stated = await db.organization.findMany({
      where: { category: "DIASPORA_ORGANIZATION", NOT: { onlinePresence: { isEmpty: true } } },
      select: { slug: true, onlinePresence: true },
    });
    expect(stated.length).toBeGreaterThan(3);
    for (const { slug, onlinePresence } of stated)
      expect(rows.find((r) => r.slug === slug)?.online_presence, slug).toBe([...onlinePresence].sort().join("; "));
    expect(rows.find((r) => r.slug === "all-russian-azerbaijan-congress")?.online_presence).toBe(
      "SOCIAL_MEDIA; WEBSITE",
    );
    expect(rows.find((r) => r.slug === "arma")?.online_presence).toBe("INTERNET");
  });

  it.each([
    "country=RU",
    "diaspora=azerbaijani",
    "type=MEDIA",
    "category=RELATED_INSTITUTION",
    "category=RELATED_INSTITUTION&country=RU&diaspora=russian",
    "language=hy",
    "city=Париж",
    "q=Оджаг",
  ])("selects what the list page shows for ?%s", async (query) => {
    const rows = csvRows(await (await orgs(query)).text());
    const params = Object.fromEntries(new URLSearchParams(query));
    const { parseOrganizationQuery } = await import("../../lib/organizations/filters");
    const { matchOrganizationIds } = await import("../../lib/search/match");
    const { filters } = parseOrganizationQuery(params);
    const matchedIds = filters.q ? await matchOrganizationIds(filters.q) : null;
    const page = await listOrganizations({ locale: "en", filters, matchedIds, page: 1, pageSize: 1000 });
    expect(page.total).toBeGreaterThan(0);
    expect(rows.map((r) => r.slug).sort()).toEqual(page.items.map((i) => i.slug).sort());
  });

  it("answers an unknown format with 400 naming the parameter", async () => {
    const response = await orgs("format=xlsx");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "invalid_parameter",
      parameter: "format",
      allowed: ["csv", "json", "hsds"],
    });
  });
});

describe("the link monitor's latest checks", () => {
  it("are in the CSV (read-only columns an import ignores) and in the JSON, per channel", async () => {
    const url = "https://hayastan.example/fr";
    const failingSince = new Date("2026-11-30T08:00:00Z");
    const checkedAt = new Date("2026-12-01T08:00:00Z");
    const check = await db.$transaction(async (tx) => {
      await tx.monitoredLink.create({ data: { url, host: "hayastan.example", failures: 2, failingSince } });
      return tx.linkCheck.create({
        data: { url, checkedAt, outcome: "FAILED", status: 404, reason: "httpStatus", durationMs: 30 },
      });
    });
    await db.monitoredLink.update({
      where: { url },
      data: { lastCheckId: check.id, outcome: "FAILED", checkedAt },
    });
    try {
      const hay = csvRows(await (await orgs("")).text()).find((r) => r.slug === "hayastan-youth")!;
      expect(hay).toMatchObject({
        channel_1_url: url,
        channel_1_check: "BROKEN",
        channel_1_checked_on: "2026-12-01",
        channel_1_unreachable_since: "2026-11-30",
        // Never checked: empty.
        channel_2_url: "https://t.me/hayastan_youth",
        channel_2_check: "",
        channel_2_checked_on: "",
      });
      const document = JSON.parse(await (await orgs("format=json&diaspora=armenian")).text());
      const entry = document.data.find((item: { slug: string }) => item.slug === "hayastan-youth");
      expect(entry.channels[0].check).toMatchObject({
        outcome: "FAILED",
        broken: true,
        status: 404,
        checked_at: checkedAt.toISOString(),
        unreachable_since: failingSince.toISOString(),
      });
      expect(entry.channels[1].check).toBeNull();
    } finally {
      await db.monitoredLink.delete({ where: { url } });
    }
  });
});

describe("organization JSON", () => {
  it("holds every selected entry with its languages, references by slug and its events", async () => {
    const response = await orgs("format=json&diaspora=armenian");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const document = JSON.parse(await response.text());
    expect(document).toMatchObject({
      kind: "organizations",
      format: "diaspora-atlas/1",
      locale: "en",
      filters: { diaspora: "armenian" },
    });
    const slugs = (
      await db.organization.findMany({
        where: { diasporas: { some: { diaspora: { slug: "armenian" } } }, category: "DIASPORA_ORGANIZATION" },
        select: { slug: true },
        orderBy: { slug: "asc" },
      })
    ).map((o) => o.slug);
    expect(document.data.map((d: { slug: string }) => d.slug)).toEqual(slugs);
    const hay = document.data.find((d: { slug: string }) => d.slug === "hayastan-youth");
    // The article prints both names; the descriptions are the atlas's summaries. Entries without any: none given.
    expect(document.data.find((d: { slug: string }) => d.slug === "association-of-armenians-of-russia")).toMatchObject({
      name_provenance: { en: "SOURCE", ru: "SOURCE" },
      description_provenance: { en: "ATLAS", ru: "ATLAS" },
    });
    expect(hay).toMatchObject({
      name: { hy: "Հայաստան երիտասարդություն", ru: "Молодёжь «Айастан»" },
      city: { ru: "Париж" },
      diasporas: ["armenian"],
      countries: ["FR"],
      channels: [
        { kind: "WEBSITE", url: "https://hayastan.example/fr", languages: ["hy", "fr"] },
        { kind: "TELEGRAM" },
      ],
      online_presence: [],
    });
    expect(
      document.data.find((d: { slug: string }) => d.slug === "association-of-armenians-of-russia")?.online_presence,
    ).toEqual(["WEBSITE"]);
    expect(hay.name_provenance).toEqual({});
  });
});

describe("organization HSDS 3.0", () => {
  it("validates every organization against the official schema and keeps the atlas's own fields in the extension", async () => {
    const response = await orgs("format=hsds", "ru");
    expect(response.headers.get("content-disposition")).toMatch(/atlas-organizations-hsds-\d{4}-\d{2}-\d{2}\.json/);
    const page = JSON.parse(await response.text());
    const total = await db.organization.count({ where: { category: "DIASPORA_ORGANIZATION" } });
    expect(page).toMatchObject({
      total_items: total,
      total_pages: 1,
      page_number: 1,
      size: total,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(page.contents).toHaveLength(total);
    const validate = hsdsOrganizationValidator();
    for (const organization of page.contents) {
      expect(validate(organization), organization.diaspora_atlas.slug).toEqual([]);
      for (const entity of UNPUBLISHED_ENTITIES) expect(organization).not.toHaveProperty(`${entity}s`);
      // Every seeded entry's name and description have a recorded provenance; this test's own entries have none.
      const own = ["formula-test", "hayastan-youth"].includes(organization.diaspora_atlas.slug);
      expect(organization.attributes.length, organization.diaspora_atlas.slug).toBe(own ? 0 : 2);
    }
    const hay = page.contents.find(
      (o: { diaspora_atlas: { slug: string } }) => o.diaspora_atlas.slug === "hayastan-youth",
    );
    expect(hay).toMatchObject({
      name: "Молодёжь «Айастан»",
      description: "",
      website: "https://hayastan.example/fr",
      uri: "http://localhost:3000/ru/organizations/hayastan-youth",
      diaspora_atlas: {
        category: "DIASPORA_ORGANIZATION",
        name_language: "ru",
        translations: { name: { hy: "Հայաստան երիտասարդություն" } },
        diasporas: ["armenian"],
        host_countries: ["FR"],
      },
    });
    // A website attested without an address has no core HSDS field (`website` is a URI): it is in the extension.
    const congress = page.contents.find(
      (o: { diaspora_atlas: { slug: string } }) => o.diaspora_atlas.slug === "all-russian-azerbaijan-congress",
    );
    expect(congress.website).toBeUndefined();
    expect(congress.diaspora_atlas.online_presence).toEqual(["SOCIAL_MEDIA", "WEBSITE"]);
    const withYear = page.contents.find((o: { year_incorporated?: number }) => o.year_incorporated !== undefined);
    expect(Number.isInteger(withYear?.year_incorporated)).toBe(true);
  });

  it("marks where the name and description given come from as HSDS attributes with the atlas's provenance terms", async () => {
    type Attribute = {
      id: string;
      link_id: string;
      link_entity: string;
      link_type: string;
      value: string;
      taxonomy_term_id: string;
      taxonomy_term: { id: string; code: string; name: string; taxonomy_id: string; taxonomy_detail: { id: string } };
    };
    type Item = { id: string; name: string; attributes: Attribute[]; diaspora_atlas: Record<string, unknown> };
    const bySlug = async (locale: string) =>
      new Map(
        (JSON.parse(await (await orgs("format=hsds", locale)).text()).contents as Item[]).map((o) => [
          o.diaspora_atlas.slug as string,
          o,
        ]),
      );
    const [ru, en] = await Promise.all([bySlug("ru"), bySlug("en")]);
    const terms = (o: Item) =>
      Object.fromEntries(o.attributes.map((a) => [a.link_type, [a.value, a.taxonomy_term.code]]));
    // Alfa-Bank is a related institution; Ojag's names: Russian and Azerbaijani from sources, English the atlas's.
    const ojagRu = ru.get("ojag")!;
    const ojagEn = en.get("ojag")!;
    expect(terms(ojagRu)).toEqual({ name: ["ru", "SOURCE"], description: ["ru", "ATLAS"] });
    expect(terms(ojagEn)).toEqual({ name: ["en", "ATLAS"], description: ["en", "ATLAS"] });
    const atlasName = ojagEn.attributes.find((a) => a.link_type === "name")!;
    expect(atlasName).toMatchObject({
      link_id: ojagEn.id,
      link_entity: "organization",
      taxonomy_term: { name: "Translated or written by the atlas", language: "en" },
    });
    expect(atlasName.taxonomy_term_id).toBe(atlasName.taxonomy_term.id);
    expect(atlasName.taxonomy_term.taxonomy_id).toBe(atlasName.taxonomy_term.taxonomy_detail.id);
    // Ids are stable across exports and distinct between facts; every term of a provenance is the same term.
    expect((await bySlug("en")).get("ojag")!.attributes.map((a) => a.id)).toEqual(ojagEn.attributes.map((a) => a.id));
    const all = [...ru.values(), ...en.values()].flatMap((o) => o.attributes);
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    const termIds = new Map<string, Set<string>>();
    for (const a of all)
      termIds.set(a.taxonomy_term.code, (termIds.get(a.taxonomy_term.code) ?? new Set()).add(a.taxonomy_term_id));
    for (const ids of termIds.values()) expect(ids.size).toBe(1);
    // Every language's provenance in the extension, as the JSON export gives it.
    expect(ojagEn.diaspora_atlas).toMatchObject({ name_provenance: { ru: "SOURCE", az: "SOURCE", en: "ATLAS" } });
    // An entry without a recorded provenance (this test's own rows) has no attribute.
    expect(ru.get("hayastan-youth")!.attributes).toEqual([]);
  });

  it("fails validation when a required field is missing, so the check is real", () => {
    const validate = hsdsOrganizationValidator();
    expect(validate({ id: "not-a-uuid", name: "x" })).toEqual(
      expect.arrayContaining([expect.stringContaining("description"), expect.stringContaining("uuid")]),
    );
    // Attributes are checked against the vendored attribute, taxonomy term and taxonomy schemas.
    const organization = { id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", name: "x", description: "" };
    const term = { id: "6bd624ce-8512-497a-bcb2-7ce1a5dc1680", name: "t", description: "d" };
    expect(
      validate({ ...organization, attributes: [{ id: "ae58cc39-8b70-4ab1-8aea-786882e5ac8e", taxonomy_term: term }] }),
    ).toEqual([]);
    expect(validate({ ...organization, attributes: [{ id: "a1", taxonomy_term: { id: term.id } }] })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/attributes\/0\/id .*uuid/),
        expect.stringMatching(/^\/attributes\/0\/taxonomy_term .*name/),
      ]),
    );
    expect(
      validate({
        ...organization,
        attributes: [{ id: term.id, taxonomy_term: { ...term, taxonomy_detail: { id: "x" } } }],
      }),
    ).not.toEqual([]);
  });
});

describe("event exports", () => {
  it.each([
    ["when=all", "all"],
    ["when=past&country=RU", "past"],
    ["", "upcoming"],
    ["when=all&type=FESTIVAL", "all"],
  ] as const)("selects what the list shows for ?%s", async (query, when) => {
    const rows = csvRows(await (await events(query)).text());
    const { parseEventQuery } = await import("../../lib/events/filters");
    const { filters } = parseEventQuery(Object.fromEntries(new URLSearchParams(query)));
    const page = await listEvents({ locale: "en", filters, when, today: TODAY, page: 1, pageSize: 1000 });
    expect(rows.map((r) => r.slug).sort()).toEqual(page.items.map((i) => i.slug).sort());
    expect(rows.length).toBeGreaterThan(0);
    if (when === "upcoming") {
      const slugs = rows.map((r) => r.slug);
      expect(slugs).toEqual(expect.arrayContaining(["export-test-ahead", "export-test-under-way"]));
      expect(slugs).not.toContain("export-test-ended-yesterday");
    }
    // Each row lies in the period the list means, checked from its own dates rather than through the query the
    // export and the list share: past events ended before today, upcoming ones end on or after it, and undated
    // ones appear only under "all".
    for (const row of rows) {
      const end = row.start ? lastDayOf(row.end || row.start) : null;
      if (when === "past") expect(end !== null && end < TODAY, row.slug).toBe(true);
      if (when === "upcoming") expect(end !== null && end >= TODAY, row.slug).toBe(true);
    }
    if (query === "when=all") expect(rows.some((r) => !r.start)).toBe(true);
  });

  it("writes a column per language (the Chinese city name too) and partial dates as known", async () => {
    const rows = csvRows(await (await events("when=all")).text());
    const shanghai = rows.find((r) => r.slug === "immortal-regiment-march-shanghai-2021")!;
    expect(shanghai).toMatchObject({
      city_zh: "上海",
      city_ru: "Шанхай",
      start: "2021-05-09",
      country: "CN",
      type: "COMMEMORATION",
      organizers: "russian-consulate-general-in-shanghai",
    });
    expect(shanghai.diasporas!.split("; ").sort()).toEqual(["belarusian", "kazakh", "russian-speaking", "ukrainian"]);
  });

  it("says where each language's title and description come from, read-only at the end of the row", async () => {
    const text = await (await events("when=all")).text();
    const header = parse(text, { bom: true, to: 1 })[0] as string[];
    expect(header.slice(-2)).toEqual(["provenance_title", "provenance_description"]);
    const rows = csvRows(text);
    // The article prints "Victory Day" in English; the Russian title and both descriptions are the atlas's.
    expect(rows.find((r) => r.slug === "victory-day")).toMatchObject({
      provenance_title: "en: SOURCE; ru: ATLAS",
      provenance_description: "en: ATLAS; ru: ATLAS",
    });
    expect(rows.find((r) => r.slug === "martisor")!.provenance_title).toBe("en: ATLAS; ro: SOURCE; ru: ATLAS");
    // An event without recorded provenance (this test's own) has empty cells.
    expect(rows.find((r) => r.slug === "export-test-ahead")).toMatchObject({
      provenance_title: "",
      provenance_description: "",
    });
  });

  it("exports the calendar's month when the list shows the calendar", async () => {
    const rows = csvRows(await (await events("view=calendar&month=2021-05")).text());
    expect(rows.map((r) => r.slug)).toContain("immortal-regiment-march-shanghai-2021");
    for (const row of rows) expect((row.start ?? "") <= "2021-05-31").toBe(true);
  });

  it("writes JSON and refuses HSDS for events", async () => {
    const document = JSON.parse(await (await events("format=json&when=all")).text());
    expect(document.kind).toBe("events");
    expect(document.data.length).toBe(await db.event.count());
    expect(document.data.find((e: { slug: string }) => e.slug === "victory-day")).toMatchObject({
      title_provenance: { en: "SOURCE", ru: "ATLAS" },
      description_provenance: { en: "ATLAS", ru: "ATLAS" },
    });
    expect((await events("format=hsds")).status).toBe(400);
  });
});

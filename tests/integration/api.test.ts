// What the API answers, compared with what the site's own functions and the seed say: the same filters give
// the same entries in the same order, every language is there, sources are the page's, and the HTTP rules
// (pages, errors, ETag/304, CORS, HEAD) hold. tests/integration/api-conformance.test.ts checks the shapes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listHostCountries } from "../../lib/countries/list-host-countries";
import { todayIso } from "../../lib/events/event-period";
import { listEvents } from "../../lib/events/list-events";
import { routing } from "../../lib/i18n/routing";
import { getOrganization } from "../../lib/organizations/get-organization";
import { listOrganizations } from "../../lib/organizations/list-organizations";
import { matchEventIds, matchOrganizationIds } from "../../lib/search/match";
import { seededProvenance } from "../../lib/sources/text-provenance";
import { readSeedData } from "../../prisma/seed/seed";
import type { SeedData } from "../../prisma/seed/seed-schema";
import { callApi } from "../support/api-client";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let seed: SeedData;
beforeAll(async () => {
  seed = await readSeedData();
  await resetToSeed(db);
});
afterAll(() => db.$disconnect());

type Item = { slug: string; [field: string]: unknown };
/** What the API's organization list holds by default, as the site's list does. */
const diasporaOrganizations = () => db.organization.count({ where: { category: "DIASPORA_ORGANIZATION" } });
type ListBody = { data: Item[]; page: number; per_page: number; total: number };
type ErrorBody = { error: { code: string; parameter?: string; message: string } };

/** Every item of a list endpoint, following its pages. */
async function everything(path: string): Promise<Item[]> {
  const items: Item[] = [];
  for (let page = 1; ; page++) {
    const { json } = await callApi(`${path}${path.includes("?") ? "&" : "?"}per_page=100&page=${page}`);
    const body = json as ListBody;
    items.push(...body.data);
    if (page * 100 >= body.total) return items;
  }
}

describe("lists filter and order as the site's lists do", () => {
  it.each([
    ["", {}],
    ["country=RU&type=YOUTH", { country: "RU", type: "YOUTH" as const }],
    ["diaspora=azerbaijani", { diaspora: "azerbaijani" }],
    ["group=SCIENTISTS", { group: "SCIENTISTS" as const }],
    ["category=RELATED_INSTITUTION", { category: "RELATED_INSTITUTION" as const }],
    // The seed's organizations in Moscow are related institutions.
    ["category=RELATED_INSTITUTION&city=Moscow", { category: "RELATED_INSTITUTION" as const, city: "Moscow" }],
    ["language=az", { language: "az" }],
  ])("organizations?%s", async (query, filters) => {
    const site = await listOrganizations({ locale: "ru", filters, page: 1, pageSize: 500 });
    expect(site.total).toBeGreaterThan(0);
    // sort=name is the site's order; the API's default is by slug.
    const byName = await everything(`/api/v1/organizations?${query}&sort=name`);
    expect(byName.map((o) => o.slug)).toEqual(site.items.map((o) => o.slug));
    const bySlug = (await everything(`/api/v1/organizations?${query}`)).map((o) => o.slug);
    const inDatabaseOrder = await db.organization.findMany({
      where: { slug: { in: site.items.map((o) => o.slug) } },
      orderBy: { slug: "asc" },
      select: { slug: true },
    });
    expect(bySlug).toEqual(inDatabaseOrder.map((o) => o.slug));
    expect((await everything(`/api/v1/organizations?${query}&sort=slug`)).map((o) => o.slug)).toEqual(bySlug);
  });

  it("organizations?q= ranks by relevance, and sort=name orders by the name in lang", async () => {
    const matched = await matchOrganizationIds("азербайджан");
    const site = await listOrganizations({
      locale: "ru",
      filters: { q: "азербайджан" },
      matchedIds: matched,
      sort: "relevance",
      page: 1,
      pageSize: 500,
    });
    const api = await everything("/api/v1/organizations?q=азербайджан");
    expect(api.map((o) => o.slug)).toEqual(site.items.map((o) => o.slug));
    const inEnglish = await listOrganizations({ locale: "en", sort: "name", page: 1, pageSize: 500 });
    expect((await everything("/api/v1/organizations?sort=name&lang=en")).map((o) => o.slug)).toEqual(
      inEnglish.items.map((o) => o.slug),
    );
    const byYear = await everything("/api/v1/organizations?sort=founded");
    const years = byYear.map((o) => o.founded_year as number | null).filter((y) => y !== null);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(byYear.at(-1)!.founded_year).toBeNull();
  });

  it.each([
    ["", "all", {}],
    ["when=past", "past", {}],
    ["when=upcoming", "upcoming", {}],
    ["from=2013-06-01&to=2013-06-30", "all", { from: "2013-06-01", to: "2013-06-30" }],
    ["country=RU&type=CULTURAL_DAYS", "all", { country: "RU", type: "CULTURAL_DAYS" as const }],
    [
      "organization=russian-consulate-general-in-shanghai",
      "all",
      { organization: "russian-consulate-general-in-shanghai" },
    ],
    ["diaspora=armenian&city=Shanghai", "all", { diaspora: "armenian", city: "Shanghai" }],
  ] as const)("events?%s (when=%s)", async (query, when, filters) => {
    const site = await listEvents({ locale: "ru", filters, when, today: todayIso(), page: 1, pageSize: 500 });
    const api = await everything(`/api/v1/events?${query}`);
    expect(api.map((e) => e.slug)).toEqual(site.items.map((e) => e.slug));
  });

  it("events default to all of them, undated last; from/to match a year-only event that overlaps", async () => {
    const all = await everything("/api/v1/events");
    expect(all).toHaveLength(seed.events.length);
    expect(all.at(-1)!.start_date).toBeNull();
    const june2013 = await everything("/api/v1/events?from=2013-06-01&to=2013-06-30");
    expect(june2013.map((e) => e.slug)).toContain("russia-kazakhstan-21st-century-art-festival");
    const q = await matchEventIds("festival");
    expect((await everything("/api/v1/events?q=festival")).length).toBe(q.length);
  });

  it("diasporas?country= keeps those with a recorded presence there; countries are the host countries", async () => {
    const present = await db.diasporaPresence.findMany({
      where: { countryCode: "RU" },
      select: { diaspora: { select: { slug: true } } },
    });
    const api = await everything("/api/v1/diasporas?country=ru");
    expect(api.map((d) => d.slug).sort()).toEqual([...new Set(present.map((p) => p.diaspora.slug))].sort());
    expect(await everything("/api/v1/diasporas")).toHaveLength(seed.diasporas.length);
    const countries = await everything("/api/v1/countries");
    const codes = countries.map((c) => c.code as string);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(["RU", "CN", "KZ", "AM"]));
    // The same countries and counts as the site's country list (lib/countries), which the API mirrors in SQL.
    const site = await listHostCountries("en");
    const counts = (c: { code: unknown; diasporas: unknown; organizations: unknown; events: unknown }) => [
      c.code,
      c.diasporas,
      c.organizations,
      c.events,
    ];
    expect(
      countries.map((c) =>
        counts({
          code: c.code,
          diasporas: c.diaspora_count,
          organizations: c.organization_count,
          events: c.event_count,
        }),
      ),
    ).toEqual([...site].sort((a, b) => (a.code < b.code ? -1 : 1)).map(counts));
    expect(countries.find((c) => c.code === "AM")!.name).toMatchObject({
      en: "Armenia",
      hy: "Հայաստան",
      ru: "Армения",
    });
  });
});

describe("pages", () => {
  it("walk every organization exactly once, with a Link header to the next and last pages", async () => {
    const total = await diasporaOrganizations();
    const slugs: string[] = [];
    for (let page = 1; page <= Math.ceil(total / 7); page++) {
      const reply = await callApi(`/api/v1/organizations?per_page=7&page=${page}&country=`);
      const body = reply.json as ListBody;
      expect(body).toMatchObject({ page, per_page: 7, total });
      slugs.push(...body.data.map((o) => o.slug));
      const links = Object.fromEntries(
        reply.headers
          .get("link")!
          .split(", ")
          .map((l) => {
            const [, href, rel] = /^<([^>]+)>; rel="(\w+)"$/.exec(l)!;
            return [rel!, new URL(href!).searchParams];
          }),
      );
      expect(links.last!.get("page")).toBe(String(Math.ceil(total / 7)));
      expect(links.first!.get("per_page")).toBe("7");
      expect(links.next?.get("page")).toBe(page < Math.ceil(total / 7) ? String(page + 1) : undefined);
      expect(links.prev?.get("page")).toBe(page > 1 ? String(page - 1) : undefined);
    }
    expect(slugs).toHaveLength(total);
    expect(new Set(slugs).size).toBe(total);
  });

  it("past the last page is empty, not the last page again", async () => {
    const body = (await callApi("/api/v1/organizations?page=50")).json as ListBody;
    expect(body).toMatchObject({ data: [], page: 50, per_page: 20, total: await diasporaOrganizations() });
  });
});

describe("content", () => {
  it("gives every translatable field in every language the seed holds", async () => {
    const api = new Map(
      [
        ...(await everything("/api/v1/organizations")),
        ...(await everything("/api/v1/organizations?category=RELATED_INSTITUTION")),
      ].map((o) => [o.slug, o]),
    );
    for (const org of seed.organizations) {
      const item = api.get(org.slug)!;
      expect(item.name).toEqual(org.names);
      expect(item.description).toEqual(org.descriptions ?? {});
    }
    const events = new Map((await everything("/api/v1/events")).map((e) => [e.slug, e]));
    const shanghai = seed.events.find((e) => e.slug === "immortal-regiment-march-shanghai-2021")!;
    expect(events.get(shanghai.slug)).toMatchObject({
      title: shanghai.titles,
      city: { ru: "Шанхай", en: "Shanghai", zh: "上海" },
    });
  });

  it("says where each language's name or title and description come from, as the seed recorded it", async () => {
    const organizations = new Map(
      [
        ...(await everything("/api/v1/organizations")),
        ...(await everything("/api/v1/organizations?category=RELATED_INSTITUTION")),
      ].map((o) => [o.slug, o]),
    );
    for (const o of seed.organizations)
      expect(organizations.get(o.slug), o.slug).toMatchObject({
        name_provenance: seededProvenance(o.names, o.sources, "names"),
        description_provenance: seededProvenance(o.descriptions, o.sources, "descriptions"),
      });
    const events = new Map((await everything("/api/v1/events")).map((e) => [e.slug, e]));
    for (const e of seed.events)
      expect(events.get(e.slug), e.slug).toMatchObject({
        title_provenance: seededProvenance(e.titles, e.sources, "titles"),
        description_provenance: seededProvenance(e.descriptions, e.sources, "descriptions"),
      });
    const diasporas = new Map((await everything("/api/v1/diasporas")).map((d) => [d.slug, d]));
    for (const d of seed.diasporas)
      expect(diasporas.get(d.slug), d.slug).toMatchObject({
        name_provenance: seededProvenance(d.names, d.sources, "names"),
        description_provenance: seededProvenance(d.descriptions, d.sources, "descriptions"),
      });
    // Spelled out for one of each: the article prints "Victory Day" in English; the Russian title is the atlas's.
    const victory = (await callApi("/api/v1/events/victory-day")).json as { data: Item };
    expect(victory.data).toMatchObject({
      title_provenance: { en: "SOURCE", ru: "ATLAS" },
      description_provenance: { en: "ATLAS", ru: "ATLAS" },
    });
    const azerbaijani = (await callApi("/api/v1/diasporas/azerbaijani")).json as { data: Item };
    // The article backs the English name; the other fifteen languages' names are the atlas's (issue #15, item 7).
    expect(azerbaijani.data.name_provenance).toEqual(
      Object.fromEntries(routing.locales.map((l) => [l, l === "en" ? "SOURCE" : "ATLAS"])),
    );
    // A text whose provenance is not recorded (a curator's edit before it was kept) is left out.
    await db.eventTranslation.updateMany({
      where: { event: { slug: "martisor" }, locale: "ro" },
      data: { titleProvenance: null },
    });
    try {
      const martisor = (await callApi("/api/v1/events/martisor")).json as { data: Item };
      expect(martisor.data.title_provenance).toEqual({ en: "ATLAS", ru: "ATLAS" });
    } finally {
      await db.eventTranslation.updateMany({
        where: { event: { slug: "martisor" }, locale: "ro" },
        data: { titleProvenance: "SOURCE" },
      });
    }
  });

  it("adds a label and a page address in lang, and keeps the Russian page for a language the site does not speak", async () => {
    const az = (await callApi("/api/v1/organizations/all-russian-azerbaijan-congress?lang=az")).json as { data: Item };
    expect(az.data.label).toEqual({ value: "Ümumrusiya Azərbaycan Konqresi", locale: "az", is_fallback: false });
    expect(az.data.url).toBe("http://localhost:3000/az/organizations/all-russian-azerbaijan-congress");
    const hy = (await callApi("/api/v1/organizations/ojag?lang=hy")).json as { data: Item };
    expect(hy.data.label).toMatchObject({ locale: "ru", is_fallback: true });
    const zh = (await callApi("/api/v1/events/immortal-regiment-march-shanghai-2021?lang=zh")).json as { data: Item };
    expect(zh.data.url).toBe("http://localhost:3000/ru/events/immortal-regiment-march-shanghai-2021");
    expect(zh.data.label).toMatchObject({ locale: "ru", is_fallback: true });
    expect(((await callApi("/api/v1/organizations/ojag")).json as { data: Item }).data).not.toHaveProperty("label");
  });

  it("gives an organization's numbered sources as its page does", async () => {
    const page = (await getOrganization("amor", "ru"))!;
    const { data } = (await callApi("/api/v1/organizations/amor")).json as {
      data: {
        citations: { number: number; facts: string[]; locator: string | null; source: { key: string } }[];
        events: Item[];
      };
    };
    expect(data.citations.map((c) => [c.number, c.source.key, c.locator, c.facts])).toEqual(
      page.citations.map((c) => [c.number, c.source.key, c.locator, c.facts]),
    );
    expect(data.events.map((e) => e.slug)).toEqual(page.events.map((e) => e.slug));
  });

  it("gives the online presence a source states without an address, apart from the channels", async () => {
    const seed = (await readSeedData()).organizations;
    for (const slug of ["arma", "all-russian-azerbaijan-congress", "amor"]) {
      const { data } = (await callApi(`/api/v1/organizations/${slug}`)).json as {
        data: { online_presence: string[]; channels: unknown[] };
      };
      const stated = seed.find((o) => o.slug === slug)!;
      expect(data.online_presence, slug).toEqual(stated.onlinePresence ?? []);
      expect(data.channels, slug).toHaveLength(stated.channels.length);
    }
  });

  it("gives a dissolved organization's date of dissolution with the sources that back it, and null for others", async () => {
    type Dated = {
      status: string;
      dissolved_on: string | null;
      citations: { facts: string[]; source: { key: string } }[];
    };
    const congress = ((await callApi("/api/v1/organizations/all-russian-azerbaijan-congress")).json as { data: Dated })
      .data;
    expect(congress).toMatchObject({ status: "DISSOLVED", dissolved_on: "2017-05-15" });
    expect(congress.citations.filter((c) => c.facts.includes("dissolvedOn")).map((c) => c.source.key)).toContain(
      "kavkaz-uzel-vak-liquidation",
    );
    expect(((await callApi("/api/v1/organizations/amor")).json as { data: Dated }).data.dissolved_on).toBeNull();
  });

  it("says of an event whose date is only the report's publication date that it is, in the item and in lists", async () => {
    type Dated = { slug: string; start_date: string | null; date_precision: string; date_basis: string };
    const slug = "presentation-of-the-association-of-armenians-of-russia-2018";
    const presentation = ((await callApi(`/api/v1/events/${slug}`)).json as { data: Dated }).data;
    expect(presentation).toMatchObject({ start_date: "2018-06-01", date_precision: "MONTH", date_basis: "REPORT" });
    const forum = (
      (await callApi("/api/v1/events/forum-azerbaijan-russia-economic-diplomacy-2020")).json as { data: Dated }
    ).data;
    expect(forum.date_basis).toBe("STATED");
    const { data } = (await callApi("/api/v1/events?diaspora=armenian&per_page=100")).json as { data: Dated[] };
    expect(
      data
        .filter((e) => e.date_basis === "REPORT")
        .map((e) => e.slug)
        .sort(),
    ).toEqual([slug, "vardanian-lecture-migration-to-the-future-2019"]);
  });

  it("ties each presence figure of a diaspora to the citation that backs it, and links to its organizations and events", async () => {
    const { data } = (await callApi("/api/v1/diasporas/azerbaijani")).json as {
      data: {
        presences: { country: string; citation: number | null }[];
        citations: { number: number; facts: string[] }[];
        links: { organizations: string; events: string };
      };
    };
    expect(data.presences.length).toBeGreaterThan(0);
    for (const presence of data.presences.filter((p) => p.citation !== null)) {
      expect(data.citations.find((c) => c.number === presence.citation)?.facts).toContain("presences");
    }
    const members = await db.organizationDiaspora.findMany({
      where: { diaspora: { slug: "azerbaijani" }, organization: { category: "DIASPORA_ORGANIZATION" } },
      select: { organization: { select: { slug: true } } },
    });
    const linked = await everything(
      new URL(data.links.organizations).pathname + new URL(data.links.organizations).search,
    );
    expect(linked.map((o) => o.slug).sort()).toEqual(members.map((m) => m.organization.slug).sort());
    expect(
      (await everything(new URL(data.links.events).pathname + new URL(data.links.events).search)).length,
    ).toBeGreaterThan(0);
  });

  it("searches every kind, kind by kind, and pages across them", async () => {
    const first = (await callApi("/api/v1/search?q=Ojag&kind=organization")).json as ListBody & {
      totals: Record<string, number>;
    };
    expect(first.data[0]).toMatchObject({ kind: "organization", slug: "ojag" });
    expect(Object.keys(first.totals)).toEqual(["organization"]);
    const all = (await callApi("/api/v1/search?q=армян&per_page=100")).json as ListBody & {
      totals: Record<string, number>;
    };
    const kinds = all.data.map((h) => h.kind);
    expect(kinds).toEqual(
      [...kinds].sort(
        (a, b) =>
          ["organization", "event", "diaspora"].indexOf(a as string) -
          ["organization", "event", "diaspora"].indexOf(b as string),
      ),
    );
    expect(all.total).toBe(all.totals.organization! + all.totals.event! + all.totals.diaspora!);
    expect(new Set(kinds)).toEqual(new Set(["organization", "event", "diaspora"]));
    const paged: Item[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 3); page++)
      paged.push(...((await callApi(`/api/v1/search?q=армян&per_page=3&page=${page}`)).json as ListBody).data);
    expect(paged).toEqual(all.data);
  });
});

describe("errors", () => {
  it.each([
    ["/api/v1/organizations?type=NOT_A_TYPE", "invalid_parameter", "type"],
    ["/api/v1/organizations?diaspora=Not%20A%20Slug", "invalid_parameter", "diaspora"],
    ["/api/v1/events?from=2021-02-29", "invalid_parameter", "from"],
    ["/api/v1/events?when=later", "invalid_parameter", "when"],
    ["/api/v1/diasporas?q=" + "x".repeat(201), "invalid_parameter", "q"],
    ["/api/v1/search?kind=event", "missing_parameter", "q"],
    ["/api/v1/countries?sort=name", "unknown_parameter", "sort"],
  ])("%s → 400 %s naming %s", async (path, code, parameter) => {
    const reply = await callApi(path);
    expect(reply.status).toBe(400);
    expect(reply.headers.get("cache-control")).toBe("no-store");
    expect((reply.json as ErrorBody).error).toMatchObject({
      code,
      parameter,
      message: expect.stringContaining(parameter),
    });
  });

  it("answers an unknown slug or address with a JSON 404", async () => {
    for (const path of ["/api/v1/organizations/nope", "/api/v1/events/nope", "/api/v1/diasporas/nope"]) {
      const reply = await callApi(path);
      expect(reply.status).toBe(404);
      expect((reply.json as ErrorBody).error).toMatchObject({
        code: "not_found",
        parameter: "slug",
        message: expect.stringContaining('"nope"'),
      });
    }
    for (const path of ["/api/v1/organisations", "/api/v1", "/api/v1/organizations/amor/events"]) {
      const unknown = await callApi(path);
      expect(unknown.status).toBe(404);
      expect((unknown.json as ErrorBody).error).toMatchObject({
        code: "not_found",
        message: expect.stringContaining("/api/v1/openapi.json"),
      });
    }
  });
});

describe("HTTP", () => {
  it("tags a body with a weak ETag, answers 304 to it, and a new tag once the data changes", async () => {
    const first = await callApi("/api/v1/organizations/ojag");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    expect((await callApi("/api/v1/organizations/ojag")).headers.get("etag")).toBe(etag);
    const notModified = await callApi("/api/v1/organizations/ojag", { headers: { "If-None-Match": `"x", ${etag}` } });
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe("");
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(notModified.headers.get("access-control-allow-origin")).toBe("*");
    expect(notModified.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);

    const ojag = await db.organization.findUniqueOrThrow({ where: { slug: "ojag" }, select: { id: true } });
    await db.organizationTranslation.update({
      where: { organizationId_locale: { organizationId: ojag.id, locale: "en" } },
      data: { name: "Ojag Society (renamed)" },
    });
    const changed = await callApi("/api/v1/organizations/ojag", { headers: { "If-None-Match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((changed.json as { data: Item }).data.name).toMatchObject({ en: "Ojag Society (renamed)" });
  });

  it("allows any origin on answers and errors, and answers preflight requests", async () => {
    for (const path of ["/api/v1/countries", "/api/v1/countries?x=1", "/api/v1/events/nope"]) {
      expect(
        (await callApi(path, { headers: { Origin: "https://example.org" } })).headers.get(
          "access-control-allow-origin",
        ),
      ).toBe("*");
    }
    const preflight = await callApi("/api/v1/organizations?country=RU", {
      method: "OPTIONS",
      headers: {
        Origin: "https://example.org",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match, x-requested-with",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("if-none-match, x-requested-with");
    expect(preflight.headers.get("access-control-max-age")).toBe("86400");
  });

  it("answers HEAD with GET's headers and no body", async () => {
    const get = await callApi("/api/v1/events?per_page=2");
    const head = await callApi("/api/v1/events?per_page=2", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.text).toBe("");
    for (const name of ["etag", "link", "cache-control", "content-type"])
      expect(head.headers.get(name)).toBe(get.headers.get(name));
  });

  it("documents exactly the parameters each endpoint accepts", async () => {
    const doc = (await callApi("/api/v1/openapi.json")).json as {
      servers: { url: string }[];
      paths: Record<string, { parameters?: { $ref: string }[]; get: { parameters: { $ref: string }[] } }>;
      components: { parameters: Record<string, { name: string }> };
    };
    expect(doc.servers[0]!.url).toBe("http://localhost:3000/api/v1");
    const names = (path: string) =>
      doc.paths[path]!.get.parameters.map((p) => doc.components.parameters[p.$ref.split("/").pop()!]!.name);
    expect(names("/events")).toEqual([
      "q",
      "country",
      "diaspora",
      "type",
      "city",
      "organization",
      "from",
      "to",
      "when",
      "cursor",
      "page",
      "per_page",
      "lang",
    ]);
    for (const [path, params] of Object.entries(doc.paths)) {
      const accepted = names(path).filter((n) => n !== "slug");
      const request = `/api/v1${path.replace("{slug}", "ojag")}`;
      // Any documented parameter is accepted (a wrong value is a 400 naming it, never an unknown_parameter)…
      for (const name of accepted) {
        const reply = await callApi(`${request}?${name}=%3F`);
        expect((reply.json as Partial<ErrorBody>).error?.code, `${path} ${name}`).not.toBe("unknown_parameter");
      }
      // …and an undocumented one is refused.
      expect((await callApi(`${request}?undocumented=1`)).status, path).toBe(400);
      expect(params.get.parameters.length).toBe(accepted.length);
      // The slug is declared once, on the path item, for every operation on it (the CORS preflight too).
      expect(params.parameters ?? [], path).toEqual(
        path.includes("{slug}") ? [{ $ref: "#/components/parameters/slug" }] : [],
      );
    }
  });
});

// Diaspora organizations and related institutions (issue #13, item 4; docs/decisions/0025) on the seed. Invariants:
// every list, count and statistic shows diaspora organizations unless asked for related institutions; the two make up
// every entry; the home page, /stats, the diaspora and host-country counts and the API agree with the list; search
// finds both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listHostCountries } from "../../lib/countries/list-host-countries";
import { listDiasporas } from "../../lib/diasporas/list-diasporas";
import { parseOrganizationQuery, type OrganizationFilters } from "../../lib/organizations/filters";
import { listOrganizations } from "../../lib/organizations/list-organizations";
import { getOrganizationFacets } from "../../lib/organizations/organization-facets";
import { getOverview } from "../../lib/overview/get-overview";
import { matchOrganizationIds } from "../../lib/search/match";
import { searchAll } from "../../lib/search/search-all";
import { getStats } from "../../lib/stats/get-stats";
import { parseStatsQuery } from "../../lib/stats/scope";
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

const list = (filters: OrganizationFilters = {}, matchedIds: string[] | null = null) =>
  listOrganizations({ locale: "en", filters, matchedIds, page: 1, pageSize: 1000 });
const perKind = { organization: 10, event: 10, diaspora: 10 };
const slugsOf = (category: string) => seed.organizations.filter((o) => o.category === category).map((o) => o.slug);

describe("the organization list", () => {
  it("shows diaspora organizations by default, each with a diaspora, and related institutions on request", async () => {
    const diaspora = await list();
    expect(diaspora.items.map((o) => o.slug).toSorted()).toEqual(slugsOf("DIASPORA_ORGANIZATION").toSorted());
    expect(diaspora.total).toBe(19);
    for (const o of diaspora.items) {
      expect(o.category, o.slug).toBe("DIASPORA_ORGANIZATION");
      expect(o.diasporas.length, o.slug).toBeGreaterThan(0);
    }
    expect(diaspora.items.map((o) => o.slug)).not.toContain("alfa-bank");

    const related = await list(parseOrganizationQuery({ category: "RELATED_INSTITUTION" }).filters);
    expect(related.items.map((o) => o.slug).toSorted()).toEqual(slugsOf("RELATED_INSTITUTION").toSorted());
    expect(related.items.map((o) => o.slug)).toEqual(
      expect.arrayContaining([
        "alfa-bank",
        "sberbank",
        "cis",
        "tretyakov-gallery",
        "russian-consulate-general-in-shanghai",
      ]),
    );
    expect(diaspora.total + related.total).toBe(await db.organization.count());
  });

  it("counts both tabs under the other filters, so words that find only an institution still show it", async () => {
    const facets = await getOrganizationFacets({ locale: "en", filters: {}, matchedIds: null });
    expect(Object.fromEntries(facets.category.map((f) => [f.value, f.count]))).toEqual({
      DIASPORA_ORGANIZATION: 19,
      RELATED_INSTITUTION: 30,
    });
    // The other facets count diaspora organizations: Russia's option says what choosing it gives.
    expect(facets.country.find((f) => f.value === "RU")!.count).toBe((await list({ country: "RU" })).total);

    const ids = await matchOrganizationIds("Sberbank");
    expect((await list({ q: "Sberbank" }, ids)).total).toBe(0);
    expect((await list({ q: "Sberbank", category: "RELATED_INSTITUTION" }, ids)).items.map((o) => o.slug)).toEqual([
      "sberbank",
    ]);
    const searched = await getOrganizationFacets({ locale: "en", filters: { q: "Sberbank" }, matchedIds: ids });
    expect(searched.category).toEqual([{ value: "RELATED_INSTITUTION", count: 1 }]);
  });

  it("is what site search finds too, related institutions labelled", async () => {
    const results = await searchAll({ q: "Sberbank", locale: "en", perKind });
    const organizations = results.groups.find((g) => g.kind === "organization")!;
    expect(organizations.hits.map((h) => [h.slug, h.relatedInstitution])).toEqual([["sberbank", true]]);
    const amor = (await searchAll({ q: "AMOR", locale: "en", perKind })).groups.find((g) => g.kind === "organization")!;
    expect(amor.hits.find((h) => h.slug === "amor")!.relatedInstitution).toBe(false);
  });
});

describe("counts elsewhere agree with the list", () => {
  it("home page: the organizations are the list's total; related institutions are counted apart", async () => {
    const overview = await getOverview("en");
    expect(overview.counts.organizations).toBe((await list()).total);
    expect(overview.counts.relatedInstitutions).toBe((await list({ category: "RELATED_INSTITUTION" })).total);
    for (const d of overview.diasporas) expect(d.organizations, d.slug).toBe((await list({ diaspora: d.slug })).total);
  });

  it("/stats counts what the list shows, in either category and any scope", async () => {
    for (const params of [{}, { category: "RELATED_INSTITUTION" }, { diaspora: "russian" }, { country: "RU" }]) {
      const { scope } = parseStatsQuery(params);
      const stats = await getStats(scope, "en");
      expect(stats.organizations, JSON.stringify(params)).toBe(
        (await list(parseOrganizationQuery(params).filters)).total,
      );
    }
    expect(parseStatsQuery({ category: "RELATED_INSTITUTION" }).scope).toEqual({ category: "RELATED_INSTITUTION" });
  });

  it("diaspora and host-country lists count the diaspora organizations the list filtered by them shows", async () => {
    for (const d of await listDiasporas("en"))
      expect(d.organizations, d.slug).toBe((await list({ diaspora: d.slug })).total);
    for (const c of await listHostCountries("en"))
      expect(c.organizations, c.code).toBe((await list({ country: c.code })).total);
  });

  it("API: diaspora organizations by default, related institutions with category=, each item saying which", async () => {
    const all = (await callApi("/api/v1/organizations?per_page=100")).json as {
      total: number;
      data: { slug: string; category: string }[];
    };
    expect(all.total).toBe(19);
    expect(new Set(all.data.map((o) => o.category))).toEqual(new Set(["DIASPORA_ORGANIZATION"]));
    const related = (await callApi("/api/v1/organizations?per_page=100&category=RELATED_INSTITUTION")).json as {
      total: number;
      data: { slug: string; category: string }[];
    };
    expect(related.total).toBe(30);
    expect(related.data.every((o) => o.category === "RELATED_INSTITUTION")).toBe(true);
    // The default spelled out is the default.
    expect(
      ((await callApi("/api/v1/organizations?category=DIASPORA_ORGANIZATION")).json as { total: number }).total,
    ).toBe(19);
    const bad = await callApi("/api/v1/organizations?category=BANK");
    expect(bad.status).toBe(400);
    expect((bad.json as { error: { parameter: string } }).error.parameter).toBe("category");

    const diasporas = (await callApi("/api/v1/diasporas?per_page=100")).json as {
      data: { slug: string; organization_count: number }[];
    };
    for (const d of diasporas.data) expect(d.organization_count, d.slug).toBe((await list({ diaspora: d.slug })).total);
    const bank = (await callApi("/api/v1/organizations/alfa-bank")).json as { data: { category: string } };
    expect(bank.data.category).toBe("RELATED_INSTITUTION");
  });
});

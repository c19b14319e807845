import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOrganization } from "../../lib/organizations/get-organization";
import { listOrganizations } from "../../lib/organizations/list-organizations";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
beforeAll(async () => {
  await resetToSeed(db);
});
afterAll(() => db.$disconnect());

describe("listOrganizations", () => {
  it("pages through every organization exactly once, sorted by the name in the page's language", async () => {
    // The diaspora organizations (the default), then the related institutions: every entry in one of the two.
    const total = await db.organization.count();
    const seen: string[] = [];
    const collator = new Intl.Collator("ru");
    for (const category of [undefined, "RELATED_INSTITUTION"] as const) {
      const inCategory = await db.organization.count({ where: { category: category ?? "DIASPORA_ORGANIZATION" } });
      const names: string[] = [];
      for (let page = 1; page <= Math.ceil(inCategory / 10); page++) {
        const result = await listOrganizations({ locale: "ru", filters: { category }, page, pageSize: 10 });
        expect(result.total).toBe(inCategory);
        seen.push(...result.items.map((o) => o.slug));
        names.push(...result.items.map((o) => o.name!.value.toLowerCase()));
      }
      expect(names).toHaveLength(inCategory);
      expect(names.every((n) => n.length > 0)).toBe(true);
      // PostgreSQL's collation may order punctuation differently; the Cyrillic letters must be in order.
      const initials = names.map((n) => n.replace(/[^\p{L}]/gu, "").charAt(0));
      const cyrillic = initials.filter((c) => /\p{Script=Cyrillic}/u.test(c));
      expect(cyrillic).toEqual([...cyrillic].sort(collator.compare));
    }
    expect(new Set(seen).size).toBe(total);
  });

  it("clamps a page number past the end to the last page", async () => {
    const result = await listOrganizations({ locale: "en", page: 999, pageSize: 20 });
    expect(result.page).toBe(result.pageCount);
    expect(result.items.length).toBeGreaterThan(0);
  });

  it("marks names shown in a fallback language", async () => {
    const result = await listOrganizations({ locale: "az", page: 1, pageSize: 100 });
    // AMOR has no Azerbaijani name: a Latin-script page falls back to its English one, a Cyrillic page (Kazakh)
    // to its Russian one. Ojag and the congress have theirs.
    const amor = result.items.find((o) => o.slug === "amor");
    expect(amor?.name).toMatchObject({ locale: "en", isFallback: true });
    const kazakh = await listOrganizations({ locale: "kk", page: 1, pageSize: 100 });
    expect(kazakh.items.find((o) => o.slug === "amor")?.name).toMatchObject({ locale: "ru", isFallback: true });
    const ojag = result.items.find((o) => o.slug === "ojag");
    expect(ojag?.name).toMatchObject({
      value: "Ocaq Azərbaycan Mədəniyyəti Cəmiyyəti",
      locale: "az",
      isFallback: false,
    });
    const congress = result.items.find((o) => o.slug === "all-russian-azerbaijan-congress");
    expect(congress?.name).toMatchObject({ locale: "az", isFallback: false });
  });
});

describe("the name order kept by triggers (Organization.sortName)", () => {
  const names = async (locale: string) =>
    (await listOrganizations({ locale, page: 1, pageSize: 1000 })).items.map((o) => o.name?.value ?? o.slug);

  it("follows a renamed, added and removed translation, falling back from Russian to English to the slug", async () => {
    const org = await db.organization.create({
      data: { slug: "zz-sort-probe", translations: { create: [{ locale: "en", name: "Aaaa first in English" }] } },
    });
    try {
      const row = () =>
        db.$queryRaw<{ sortName: string }[]>`SELECT "sortName" FROM "Organization" WHERE id = ${org.id}::uuid`.then(
          (r) => r[0]!.sortName,
        );
      expect(await row()).toBe("aaaa first in english");
      await db.organizationTranslation.create({
        data: { organizationId: org.id, locale: "ru", name: "Яяяя последняя" },
      });
      expect(await row()).toBe("яяяя последняя");
      const last = (await names("ru")).indexOf("Яяяя последняя");
      expect((await names("en")).indexOf("Aaaa first in English")).toBeGreaterThanOrEqual(0);
      await db.organizationTranslation.update({
        where: { organizationId_locale: { organizationId: org.id, locale: "ru" } },
        data: { name: "Ааааа первая" },
      });
      expect(await row()).toBe("ааааа первая");
      const first = (await names("ru")).indexOf("Ааааа первая");
      expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThan(last);
      await db.organizationTranslation.deleteMany({ where: { organizationId: org.id } });
      expect(await row()).toBe("zz-sort-probe");
      await db.organization.update({ where: { id: org.id }, data: { slug: "aa-sort-probe" } });
      expect(await row()).toBe("aa-sort-probe");
      for (const locale of ["ru", "en", "kk"]) {
        const list = await names(locale);
        expect(list, locale).toHaveLength(
          await db.organization.count({ where: { category: "DIASPORA_ORGANIZATION" } }),
        );
      }
    } finally {
      await db.organization.delete({ where: { id: org.id } });
    }
  });
});

describe("getOrganization", () => {
  it("returns the profile with numbered citations tied to the facts they back", async () => {
    const amor = await getOrganization("amor", "en");
    expect(amor).not.toBeNull();
    expect(amor!.name).toMatchObject({ value: expect.stringMatching(/Azerbaijani Youth/), isFallback: false });
    expect(amor!.names.map((n) => n.locale)).toEqual(expect.arrayContaining(["ru", "en"]));
    expect(amor!.citations.map((c) => c.number)).toEqual(amor!.citations.map((_, i) => i + 1));
    expect(amor!.citations.find((c) => c.facts.includes("channels"))?.source.url).toMatch(/amor\.az/);
    expect(amor!.diasporas.map((d) => d.slug)).toEqual(["azerbaijani"]);
  });

  it("returns null for an unknown slug", async () => {
    expect(await getOrganization("no-such-organization", "ru")).toBeNull();
  });
});

describe("organization filters and facets", () => {
  it("applies every filter, and counts each facet with the other filters applied", async () => {
    const { getOrganizationFacets } = await import("../../lib/organizations/organization-facets");
    const all = await listOrganizations({ locale: "en", page: 1, pageSize: 200 });
    const inRussia = await listOrganizations({ locale: "en", filters: { country: "RU" }, page: 1, pageSize: 200 });
    expect(inRussia.total).toBeGreaterThan(0);
    expect(inRussia.total).toBeLessThan(all.total);
    expect(inRussia.items.every((o) => o.countries.includes("RU"))).toBe(true);

    const youthInRussia = await listOrganizations({
      locale: "en",
      filters: { country: "RU", type: "YOUTH" },
      page: 1,
      pageSize: 200,
    });
    expect(youthInRussia.items.map((o) => o.slug)).toContain("amor");
    expect(youthInRussia.items.every((o) => o.types.includes("YOUTH") && o.countries.includes("RU"))).toBe(true);

    const facets = await getOrganizationFacets({
      locale: "en",
      filters: { country: "RU", type: "YOUTH" },
      matchedIds: null,
    });
    // The country facet ignores the country filter but keeps the type filter: youth organizations per country.
    const youthEverywhere = await listOrganizations({
      locale: "en",
      filters: { type: "YOUTH" },
      page: 1,
      pageSize: 200,
    });
    const perCountry = facets.country.find((f) => f.value === "RU")?.count;
    expect(perCountry).toBe(youthInRussia.total);
    expect(facets.country.reduce((sum, f) => sum + f.count, 0)).toBeGreaterThanOrEqual(youthEverywhere.total);
    expect(facets.type.find((f) => f.value === "YOUTH")?.count).toBe(youthInRussia.total);
    expect(facets.diaspora.find((f) => f.value === "azerbaijani")?.label).toBe("Azerbaijani diaspora");
  });

  it("filters by diaspora, group, language and city in any stored language", async () => {
    const diaspora = await listOrganizations({
      locale: "ru",
      filters: { diaspora: "armenian" },
      page: 1,
      pageSize: 200,
    });
    expect(diaspora.items.length).toBeGreaterThan(0);
    expect(diaspora.items.every((o) => o.diasporas.some((d) => d.slug === "armenian"))).toBe(true);
    const physicians = await listOrganizations({
      locale: "en",
      filters: { group: "PHYSICIANS" },
      page: 1,
      pageSize: 200,
    });
    expect(physicians.items.map((o) => o.slug)).toContain("rama");
    const azerbaijaniLanguage = await listOrganizations({
      locale: "en",
      filters: { language: "az" },
      page: 1,
      pageSize: 200,
    });
    expect(azerbaijaniLanguage.items.map((o) => o.slug)).toContain("amor");
    // The seed's organizations in Moscow are related institutions (the Global Alumni Alliance among them).
    const inMoscow = (city: string) =>
      listOrganizations({ locale: "en", filters: { category: "RELATED_INSTITUTION", city }, page: 1, pageSize: 200 });
    const [moscowRu, moscowEn] = await Promise.all([inMoscow("москва"), inMoscow("Moscow")]);
    expect(moscowRu.total).toBeGreaterThan(0);
    expect(moscowRu.items.map((o) => o.slug)).toEqual(moscowEn.items.map((o) => o.slug));
  });

  it("sorts by founding year with unknown years last, and by relevance in the matched order", async () => {
    const founded = await listOrganizations({ locale: "en", sort: "founded", page: 1, pageSize: 200 });
    const years = founded.items.map((o) => o.foundedYear);
    const known = years.filter((y): y is number => y !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(years.slice(known.length).every((y) => y === null)).toBe(true);

    const ids = await db.organization.findMany({
      where: { slug: { in: ["rama", "amor", "ojag"] } },
      select: { id: true, slug: true },
    });
    const order = ["ojag", "rama", "amor"];
    const matchedIds = order.map((slug) => ids.find((r) => r.slug === slug)!.id);
    const ranked = await listOrganizations({
      locale: "en",
      filters: { q: "x" },
      matchedIds,
      sort: "relevance",
      page: 1,
      pageSize: 10,
    });
    expect(ranked.items.map((o) => o.slug)).toEqual(order);
  });
});

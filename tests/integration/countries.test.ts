import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getHostCountry } from "../../lib/countries/get-host-country";
import { hostCountryCodes } from "../../lib/countries/host-country-filter";
import { listHostCountries } from "../../lib/countries/list-host-countries";
import { readSeedData } from "../../prisma/seed/seed";
import type { SeedData } from "../../prisma/seed/seed-schema";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let seed: SeedData;
beforeAll(async () => {
  seed = await readSeedData();
  await resetToSeed(db);
});
afterAll(() => db.$disconnect());

const presencesIn = (code: string) => seed.diasporas.filter((d) => d.presences.some((p) => p.country === code));
/** Diaspora organizations based in the country: what the list filtered by it shows, and what its count says. */
const organizationsIn = (code: string) =>
  seed.organizations.filter((o) => o.countries.includes(code) && o.category === "DIASPORA_ORGANIZATION");
const eventsIn = (code: string) => seed.events.filter((e) => e.country === code);

describe("listHostCountries", () => {
  it("lists only countries with an organization, presence or event, with their counts", async () => {
    const list = await listHostCountries("en");
    const expected = new Set([
      ...seed.organizations.flatMap((o) => o.countries),
      ...seed.diasporas.flatMap((d) => d.presences.map((p) => p.country)),
      ...seed.events.flatMap((e) => (e.country ? [e.country] : [])),
    ]);
    expect(list.map((c) => c.code).sort()).toEqual([...expected].sort());
    expect(list.length).toBeLessThan(30);
    for (const c of list) {
      expect(c, c.code).toMatchObject({
        diasporas: presencesIn(c.code).length,
        organizations: organizationsIn(c.code).length,
        events: eventsIn(c.code).length,
      });
    }
    expect(list.find((c) => c.code === "RU")).toMatchObject({ name: "Russia", organizations: 7 });
    // Armenia is listed for its related institutions (IDEA Foundation, UWC Dilijan) and counts no organization.
    expect(list.find((c) => c.code === "AM")).toMatchObject({ organizations: 0 });
  });

  it("agrees with hostCountryCodes, which the home page counts and the sitemap lists", async () => {
    const list = await listHostCountries("en");
    expect(await hostCountryCodes()).toEqual(list.map((c) => c.code).sort());
  });

  it("names and sorts the countries in the page's language", async () => {
    const ru = await listHostCountries("ru");
    expect(ru.find((c) => c.code === "RU")!.name).toBe("Россия");
    expect(ru.map((c) => c.name)).toEqual(ru.map((c) => c.name).sort(new Intl.Collator("ru").compare));
    const az = await listHostCountries("az");
    expect(az.find((c) => c.code === "AZ")!.name).toBe("Azərbaycan");
    expect(az.map((c) => c.name)).toEqual(az.map((c) => c.name).sort(new Intl.Collator("az").compare));
  });
});

describe("getHostCountry", () => {
  it("shows Russia's diasporas with figures, its organizations and its events", async () => {
    const russia = (await getHostCountry("RU", "en"))!;
    expect(russia).toMatchObject({ name: "Russia", hasData: true });
    // Every entry based there, each with its category: the page lists the related institutions apart.
    expect(russia.organizations.map((o) => o.slug).sort()).toEqual(
      seed.organizations
        .filter((o) => o.countries.includes("RU"))
        .map((o) => o.slug)
        .sort(),
    );
    expect(
      russia.organizations
        .filter((o) => o.category === "DIASPORA_ORGANIZATION")
        .map((o) => o.slug)
        .sort(),
    ).toEqual(
      organizationsIn("RU")
        .map((o) => o.slug)
        .sort(),
    );
    expect(russia.organizations.map((o) => o.slug)).toEqual(
      expect.arrayContaining(["amor", "ojag", "association-of-armenians-of-russia"]),
    );
    expect(russia.events.map((e) => e.slug).sort()).toEqual(
      eventsIn("RU")
        .map((e) => e.slug)
        .sort(),
    );
    expect(russia.presences.map((p) => p.diaspora.slug).sort()).toEqual(
      presencesIn("RU")
        .map((d) => d.slug)
        .sort(),
    );
    // Largest known population first.
    expect(russia.presences.slice(0, 2).map((p) => [p.diaspora.slug, p.population, p.year])).toEqual([
      ["kazakh", 647000, 2010],
      ["azerbaijani", 600000, 2010],
    ]);
    expect(russia.presences[1]!.note?.value).toMatch(/over 600,000/);
    const source = russia.citations.find((c) => c.number === russia.presences[1]!.sourceNumber);
    expect(source?.source.key).toBe("article");
  });

  it("returns empty lists for a valid country without data, and null for a code not in the table", async () => {
    expect(await getHostCountry("DE", "ru")).toMatchObject({
      code: "DE",
      name: "Германия",
      hasData: false,
      presences: [],
      organizations: [],
      events: [],
    });
    expect(await getHostCountry("XX", "ru")).toBeNull();
  });
});

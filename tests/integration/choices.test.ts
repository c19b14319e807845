// The comboboxes' lookups (app/api/choices/*), in process against the seeded test database. Invariants: what was
// typed finds organizations by the site search's matching (a Latin transliteration finds a Cyrillic name), of the
// diasporas named when some are; the event filter's lookup offers only organizers with events under the other
// filters, counted as the organizer facet counts them, and the city lookups likewise cities by a skeleton of what
// was typed ("moskva" finds Москва); a short text asks nothing; an unknown locale or a malformed
// diaspora list is a 400 with the API's error body.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as eventCities from "../../app/api/choices/event-cities/route";
import * as eventOrganizers from "../../app/api/choices/event-organizers/route";
import * as organizationCities from "../../app/api/choices/organization-cities/route";
import * as organizations from "../../app/api/choices/organizations/route";
import { getEventFacets } from "../../lib/events/event-facets";
import { todayIso } from "../../lib/events/event-period";
import { whenScope } from "../../lib/events/filter-sql";
import { getOrganizationFacets } from "../../lib/organizations/organization-facets";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
beforeAll(() => resetToSeed(db));
afterAll(() => db.$disconnect());

type Choice = { value: string; label: string; count?: number; lang?: string };

async function ask(module: { GET: unknown }, path: string) {
  const handler = module.GET as (r: Request, c: { params: Promise<object> }) => Promise<Response>;
  const response = await handler(new Request(`http://localhost:3000/api/choices${path}`), {
    params: Promise.resolve({}),
  });
  return { status: response.status, cache: response.headers.get("cache-control"), body: await response.json() };
}

describe("organization lookup", () => {
  it("finds an organization by a transliteration of its name, with its id and the page's language's label", async () => {
    const { status, body, cache } = await ask(organizations, "/organizations?locale=ru&text=armyan%20rossii");
    expect(status).toBe(200);
    expect(cache).toMatch(/^public, max-age=\d+$/);
    const found = (body as { choices: Choice[] }).choices;
    const armenians = await db.organization.findUniqueOrThrow({
      where: { slug: "association-of-armenians-of-russia" },
    });
    expect(found[0]).toEqual({ value: armenians.id, label: "Объединение армян России" });
  });

  it("labels by acronym too, and marks a label in another language", async () => {
    const { body } = await ask(organizations, "/organizations?locale=hy&text=AMOR");
    const amor = (body as { choices: Choice[] }).choices[0]!;
    expect(amor.label).toMatch(/\(AMOR\)$/);
    expect(amor.lang).toBeDefined();
    expect(amor.lang).not.toBe("hy");
  });

  it("keeps to the diasporas named, as a curator's field does", async () => {
    const armenian = await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" } });
    const azerbaijani = await db.diaspora.findUniqueOrThrow({ where: { slug: "azerbaijani" } });
    const amor = await db.organization.findUniqueOrThrow({ where: { slug: "amor" } });
    const values = async (diasporas: string) =>
      (
        (await ask(organizations, `/organizations?locale=ru&text=amor&diasporas=${diasporas}`)).body as {
          choices: Choice[];
        }
      ).choices.map((c) => c.value);
    expect(await values(azerbaijani.id)).toContain(amor.id);
    expect(await values(armenian.id)).not.toContain(amor.id);
    expect(await values(`${armenian.id},${azerbaijani.id}`)).toContain(amor.id);
    const refused = await ask(organizations, "/organizations?locale=ru&text=amor&diasporas=armenian");
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: "invalid_parameter", parameter: "diasporas" } });
  });

  it("asks nothing for fewer than two letters, and refuses an unknown language", async () => {
    expect((await ask(organizations, "/organizations?locale=ru&text=%20a%20")).body).toEqual({ choices: [] });
    const refused = await ask(organizations, "/organizations?locale=xx&text=amor");
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: "invalid_parameter", parameter: "locale" } });
  });
});

describe("event organizer lookup", () => {
  it("counts an organizer's events as the facet does, under the same filters", async () => {
    const { body } = await ask(eventOrganizers, "/event-organizers?locale=en&text=armenians&when=all");
    const found = (body as { choices: Choice[] }).choices;
    const facets = await getEventFacets({
      locale: "en",
      filters: {},
      scope: whenScope("all", todayIso()),
      matchedIds: null,
    });
    const facet = facets.organization.find((v) => v.value === "association-of-armenians-of-russia")!;
    expect(facet.count).toBeGreaterThan(0);
    expect(found).toContainEqual({ value: facet.value, label: facet.label, count: facet.count });
  });

  it("leaves out organizers without events under the other filters", async () => {
    const everywhere = await ask(eventOrganizers, "/event-organizers?locale=en&text=armenians&when=all");
    expect((everywhere.body as { choices: Choice[] }).choices.map((c) => c.value)).toContain(
      "association-of-armenians-of-russia",
    );
    // No event of theirs is held in Japan.
    const elsewhere = await ask(eventOrganizers, "/event-organizers?locale=en&text=armenians&when=all&country=JP");
    expect((elsewhere.body as { choices: Choice[] }).choices).toEqual([]);
    // An organization that organizes no event at all is never offered, whatever its name.
    const idle = await db.organization.findFirstOrThrow({
      where: { events: { none: {} } },
      select: { slug: true, acronym: true },
    });
    const text = encodeURIComponent(idle.acronym ?? idle.slug.replaceAll("-", " "));
    const none = await ask(eventOrganizers, `/event-organizers?locale=en&text=${text}&when=all`);
    expect((none.body as { choices: Choice[] }).choices.map((c) => c.value)).not.toContain(idle.slug);
  });
});

describe("city lookups", () => {
  const cities = async (module: { GET: unknown }, path: string) =>
    ((await ask(module, path)).body as { choices: Choice[] }).choices;

  it("find a city by its transliteration, counted as the list's city facet counts it", async () => {
    // Of the diaspora organizations (the list's default tab), one is in Saint Petersburg.
    const facets = await getOrganizationFacets({ locale: "ru", filters: {}, matchedIds: null });
    const petersburg = facets.city.find((v) => v.value === "Санкт-Петербург")!;
    expect(petersburg.count).toBeGreaterThan(0);
    expect(await cities(organizationCities, "/organization-cities?locale=ru&text=peterburg")).toEqual([
      { value: "Санкт-Петербург", label: "Санкт-Петербург", count: petersburg.count },
    ]);
    const events = await getEventFacets({
      locale: "ru",
      filters: {},
      scope: whenScope("all", todayIso()),
      matchedIds: null,
    });
    const eventMoscow = events.city.find((v) => v.value === "Москва")!;
    expect(await cities(eventCities, "/event-cities?locale=ru&text=moskva&when=all")).toEqual([
      { value: "Москва", label: "Москва", count: eventMoscow.count },
    ]);
  });

  it("count under the other filters, in the page's language", async () => {
    expect(await cities(organizationCities, "/organization-cities?locale=ru&text=peterburg&country=AM")).toEqual([]);
    expect(await cities(eventCities, "/event-cities?locale=ru&text=moskva&when=all&country=AM")).toEqual([]);
    expect(await cities(eventCities, "/event-cities?locale=en&text=mosc&when=all")).toEqual([
      expect.objectContaining({ value: "Moscow" }),
    ]);
  });
});

describe("a chosen organizer or city", () => {
  it("is counted under the other filters: listed with its count, or left out when it gives nothing", async () => {
    // Moscow's organizations in the seed are all related institutions: none on the default tab.
    const tab = await getOrganizationFacets({ locale: "ru", filters: { city: "москва" }, matchedIds: null });
    expect(tab.city.map((v) => v.value)).not.toContain("Москва");
    const related = await getOrganizationFacets({
      locale: "ru",
      filters: { city: "москва", category: "RELATED_INSTITUTION" },
      matchedIds: null,
    });
    expect(related.city).toContainEqual({ value: "Москва", count: 2 });
    const all = whenScope("all", todayIso());
    const japan = await getEventFacets({
      locale: "ru",
      filters: { organization: "amor", city: "шанхай", country: "JP" },
      scope: all,
      matchedIds: null,
    });
    expect(japan.organization).toEqual([]);
    expect(japan.city).toEqual([]);
  });
});

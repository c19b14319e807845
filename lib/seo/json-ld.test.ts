import { describe, expect, it } from "vitest";
import { schemaOrgProblems } from "../../tests/support/schema-org";
import type { EventDetail } from "@/lib/events/types";
import type { OrganizationProfile } from "@/lib/organizations/types";
import { eventJsonLd, organizationJsonLd, serializeJsonLd } from "./json-ld";

const text = (value: string, locale = "en") => ({ value, locale, isFallback: false });
const organization = {
  slug: "amor",
  name: text("Azerbaijani Youth Organization of Russia"),
  names: [
    text("Azerbaijani Youth Organization of Russia"),
    text("Азербайджанское молодёжное объединение России", "ru"),
  ],
  acronym: "AMOR",
  description: text("An association of young Azerbaijanis in Russia."),
  city: text("Moscow"),
  countries: ["RU"],
  foundedYear: 2009,
  languages: ["ru", "az"],
  channels: [{ kind: "WEBSITE", url: "https://amor.az", languages: [] }],
} as unknown as OrganizationProfile;

const event = (overrides: Partial<EventDetail>) =>
  ({
    id: "e1",
    slug: "forum",
    title: text("Forum"),
    description: null,
    type: "FORUM",
    startDate: "2021-05-09",
    endDate: null,
    datePrecision: "DAY",
    countryCode: "CN",
    city: text("Shanghai"),
    online: false,
    onlineUrl: null,
    recurrence: null,
    organizers: [{ slug: "amor", name: text("AMOR") }],
    diasporas: [],
    citations: [],
    updatedAt: "2024-01-01T00:00:00.000Z",
    ...overrides,
  }) as EventDetail;
const org = (slug: string) => `https://atlas.example/en/organizations/${slug}`;

describe("organizationJsonLd", () => {
  it("is valid against the schema.org vocabulary (domains and ranges)", () => {
    expect(
      schemaOrgProblems(organizationJsonLd(organization, "https://atlas.example/en/organizations/amor", "en")),
    ).toEqual([]);
  });

  it("gives a dissolved organization's day of dissolution as dissolutionDate, valid schema.org", () => {
    const dissolved = { ...organization, status: "DISSOLVED", dissolvedOn: "2017-05-15" } as OrganizationProfile;
    const ld = organizationJsonLd(dissolved, "https://atlas.example/en/organizations/amor", "en");
    expect(ld.dissolutionDate).toBe("2017-05-15");
    expect(schemaOrgProblems(ld)).toEqual([]);
    expect(organizationJsonLd(organization, "https://atlas.example/x", "en")).not.toHaveProperty("dissolutionDate");
  });

  it("would be invalid with inLanguage, which Organization does not have", () => {
    const withLanguage = { ...organizationJsonLd(organization, "https://atlas.example/x", "en"), inLanguage: "en" };
    expect(schemaOrgProblems(withLanguage)).toEqual([
      expect.stringMatching(/^\$\.inLanguage: not a property of Organization/),
    ]);
  });
});

describe("eventJsonLd", () => {
  it("describes a dated event with a place as an offline Event, valid against the vocabulary", () => {
    const data = eventJsonLd(event({}), "https://atlas.example/en/events/forum", "en", org)!;
    expect(data).toMatchObject({
      "@type": "Event",
      startDate: "2021-05-09",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", address: { addressCountry: "CN", addressLocality: "Shanghai" } },
    });
    expect(data).not.toHaveProperty("inLanguage");
    expect(schemaOrgProblems(data)).toEqual([]);
  });

  it("describes an online project as online, at a VirtualLocation", () => {
    const online = event({ countryCode: null, city: null, online: true, onlineUrl: "https://example.org/live" });
    const data = eventJsonLd(online, "https://atlas.example/en/events/forum", "en", org)!;
    expect(data).toMatchObject({
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: { "@type": "VirtualLocation", url: "https://example.org/live" },
    });
    expect(schemaOrgProblems(data)).toEqual([]);
  });

  it("gives no Event markup when the start is known only to the month or year, or there is no location", () => {
    expect(eventJsonLd(event({ datePrecision: "MONTH", startDate: "2019-09-01" }), "u", "en", org)).toBeNull();
    expect(eventJsonLd(event({ datePrecision: "YEAR", startDate: "2019-01-01" }), "u", "en", org)).toBeNull();
    expect(eventJsonLd(event({ countryCode: null, city: null }), "u", "en", org)).toBeNull();
    expect(eventJsonLd(event({ startDate: null }), "u", "en", org)).toBeNull();
  });

  it("flags a date written at a precision it does not have", () => {
    const data = { ...eventJsonLd(event({}), "https://atlas.example/e", "en", org)!, startDate: "2019-09-01T" };
    expect(schemaOrgProblems(data)).toEqual([expect.stringMatching(/^\$\.startDate: .* fits none/)]);
  });
});

describe("serializeJsonLd", () => {
  it("cannot be broken out of by stored text", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});

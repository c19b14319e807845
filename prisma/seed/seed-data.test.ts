// The article's data set: complete enough for the product owner's brief, and internally consistent.
import { describe, expect, it } from "vitest";
import { isCountryCode } from "../../lib/countries/iso-3166";
import { readSeedData } from "./seed";

const data = await readSeedData();

describe("seed data", () => {
  it("holds more than 25 organizations and more than 10 events, each with Russian and English names", () => {
    expect(data.organizations.length).toBeGreaterThan(25);
    expect(data.events.length).toBeGreaterThan(10);
    for (const o of data.organizations) expect(Object.keys(o.names)).toEqual(expect.arrayContaining(["ru", "en"]));
    for (const e of data.events) expect(Object.keys(e.titles)).toEqual(expect.arrayContaining(["ru", "en"]));
  });

  it("cites the article for every organization and event", () => {
    for (const entry of [...data.organizations, ...data.events]) {
      expect(
        entry.sources.map((s) => s.source),
        entry.slug,
      ).toContain("article");
    }
  });

  it("has unique slugs and only references that resolve", () => {
    const sources = new Set(data.sources.map((s) => s.key));
    const diasporas = new Set(data.diasporas.map((d) => d.slug));
    const organizations = new Set(data.organizations.map((o) => o.slug));
    expect(sources.size).toBe(data.sources.length);
    expect(diasporas.size).toBe(data.diasporas.length);
    expect(organizations.size).toBe(data.organizations.length);
    expect(new Set(data.events.map((e) => e.slug)).size).toBe(data.events.length);
    const cited = [...data.organizations, ...data.events, ...data.diasporas].flatMap((x) =>
      x.sources.map((s) => s.source),
    );
    for (const key of [...cited, ...data.diasporas.flatMap((d) => d.presences.map((p) => p.source))])
      expect(sources).toContain(key);
    for (const o of data.organizations) for (const d of o.diasporas) expect(diasporas).toContain(d);
    for (const e of data.events) {
      for (const d of e.diasporas) expect(diasporas).toContain(d);
      for (const o of e.organizers) expect(organizations).toContain(o);
    }
  });

  it("uses assigned ISO country codes only", () => {
    const codes = [
      ...data.organizations.flatMap((o) => o.countries),
      ...data.events.flatMap((e) => (e.country ? [e.country] : [])),
      ...data.diasporas.flatMap((d) => [
        ...(d.originCountry ? [d.originCountry] : []),
        ...d.presences.map((p) => p.country),
      ]),
    ];
    for (const code of codes) expect(isCountryCode(code), code).toBe(true);
  });
});

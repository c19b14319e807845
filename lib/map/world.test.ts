import { describe, expect, it } from "vitest";
import { geoContains, geoEqualEarth, geoPath } from "d3-geo";
import { countryFeatures, SIMFEROPOL, worldGeometry } from "./world";

describe("countryFeatures", () => {
  const features = countryFeatures();
  const byCode = (code: string) => features.find((f) => f.properties.code === code)!;

  it("draws Crimea as part of Ukraine, with Russia's other territory intact", () => {
    expect(geoContains(byCode("UA"), SIMFEROPOL)).toBe(true);
    expect(geoContains(byCode("RU"), SIMFEROPOL)).toBe(false);
    expect(geoContains(byCode("RU"), [37.62, 55.75])).toBe(true); // Moscow
    expect(geoContains(byCode("RU"), [20.5, 54.7])).toBe(true); // Kaliningrad
    expect(geoContains(byCode("UA"), [30.52, 50.45])).toBe(true); // Kyiv
    // Internationally recognized borders elsewhere too.
    expect(geoContains(byCode("GE"), [41.02, 43.0])).toBe(true); // Sukhumi
    expect(geoContains(byCode("AZ"), [46.75, 39.82])).toBe(true); // Khankendi
    expect(geoContains(byCode("MD"), [29.6, 46.84])).toBe(true); // Tiraspol
  });

  it("leaves Antarctica out and keeps every other country once", () => {
    const codes = features.map((f) => f.properties.code).filter((c) => c !== null);
    expect(codes).not.toContain("AQ");
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBe(173);
  });
});

describe("worldGeometry", () => {
  const world = worldGeometry();

  it("fits the map to its width and gives every country a path", () => {
    expect(world.width).toBe(1920);
    expect(world.height).toBeGreaterThan(700);
    expect(world.height).toBeLessThan(1000);
    for (const c of world.countries) expect(c.d, String(c.code)).toMatch(/^m-?\d+[ -]/);
    // Compact: the whole world in well under 100 kB of path data.
    expect(world.countries.reduce((n, c) => n + c.d.length, 0)).toBeLessThan(60_000);
  });

  it("places a city inside its country's drawing", () => {
    const russia = countryFeatures().find((f) => f.properties.code === "RU")!;
    const [x, y] = world.project(37.62, 55.75)!;
    // The same projection as the map's, to measure Russia's drawn bounds.
    const projection = geoEqualEarth().fitWidth(1920, { type: "FeatureCollection", features: countryFeatures() });
    const [[, top]] = geoPath(projection).bounds({ type: "FeatureCollection", features: countryFeatures() });
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(russia);
    expect(x).toBeGreaterThan(x0);
    expect(x).toBeLessThan(x1);
    expect(y).toBeGreaterThan(y0 - top);
    expect(y).toBeLessThan(y1 - top);
    // Ushuaia and Longyearbyen are on the canvas.
    for (const [x, y] of [world.project(-68.3, -54.8)!, world.project(15.6, 78.2)!]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(world.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(world.height);
    }
  });
});

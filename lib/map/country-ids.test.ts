import { describe, expect, it } from "vitest";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";
import { ISO_3166_ALPHA2 } from "@/lib/countries/iso-3166";
import { numericToAlpha2 } from "./country-ids";

const geometries = ((countries110m as unknown as Topology).objects.countries as GeometryCollection<{ name: string }>)
  .geometries;

describe("numericToAlpha2", () => {
  it("maps the post-Soviet countries and the other hosts by their ISO numeric ids", () => {
    const expected: Record<string, string> = {
      "643": "RU",
      "051": "AM",
      "031": "AZ",
      "268": "GE",
      "398": "KZ",
      "417": "KG",
      "860": "UZ",
      "762": "TJ",
      "795": "TM",
      "112": "BY",
      "804": "UA",
      "498": "MD",
      "428": "LV",
      "440": "LT",
      "233": "EE",
      "840": "US",
      "246": "FI",
      "156": "CN",
      "276": "DE",
      "250": "FR",
      "792": "TR",
      "376": "IL",
      "010": "AQ",
    };
    for (const [id, code] of Object.entries(expected)) expect(numericToAlpha2(id), id).toBe(code);
  });

  it("accepts ids without their leading zeros, as numbers too", () => {
    expect(numericToAlpha2("51")).toBe("AM");
    expect(numericToAlpha2(31)).toBe("AZ");
  });

  it("returns null for unassigned or missing ids", () => {
    for (const id of ["999", "000", "", undefined, "abc"]) expect(numericToAlpha2(id)).toBeNull();
  });

  it("gives every country of the world-atlas topology an assigned code of its own", () => {
    const named = geometries.filter((g) => g.id !== undefined);
    const codes = named.map((g) => numericToAlpha2(g.id));
    expect(codes.every((c) => c !== null && ISO_3166_ALPHA2.includes(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    // Only the territories without an ISO code lack an id; they are drawn without a link.
    expect(
      geometries
        .filter((g) => g.id === undefined)
        .map((g) => (g.properties as { name?: string } | undefined)?.name)
        .sort(),
    ).toEqual(["Kosovo", "N. Cyprus", "Somaliland"]);
    // The names in the file agree with the codes.
    const byCode = new Map(
      named.map((g) => [numericToAlpha2(g.id), (g.properties as { name?: string } | undefined)?.name]),
    );
    expect([byCode.get("RU"), byCode.get("GE"), byCode.get("AM"), byCode.get("US")]).toEqual([
      "Russia",
      "Georgia",
      "Armenia",
      "United States of America",
    ]);
  });
});

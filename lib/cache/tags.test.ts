import { describe, expect, it } from "vitest";
import { boundedTags, cacheTags, citationTags } from "./tags";

describe("cache tags", () => {
  it("name one source once however often a page cites it", () => {
    const cite = (key: string) => ({ source: { key } });
    expect(citationTags([cite("smith2020"), cite("doe2019"), cite("smith2020")])).toEqual([
      "source:smith2020",
      "source:doe2019",
    ]);
  });

  it("stay under Next's limit of 128 per entry, the kind's tag standing in for the rest", () => {
    const many = Array.from({ length: 300 }, (_, i) => cacheTags.source(`s${i}`));
    const bounded = boundedTags([cacheTags.organization("amor"), ...many], "sources");
    expect(bounded.length).toBeLessThanOrEqual(128);
    expect(bounded[0]).toBe("organization:amor");
    expect(bounded.at(-1)).toBe("sources");
    expect(boundedTags(["event:x", "event:x", "events"], "events")).toEqual(["event:x", "events"]);
  });
});

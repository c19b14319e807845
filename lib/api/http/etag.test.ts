import { describe, expect, it } from "vitest";
import { etagOf, matchesIfNoneMatch } from "./etag";

describe("etagOf", () => {
  it("is a weak tag that depends on every byte of the body", () => {
    const tag = etagOf('{"data":[]}');
    expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(etagOf('{"data":[]}')).toBe(tag);
    expect(etagOf('{"data":[ ]}')).not.toBe(tag);
  });
});

describe("matchesIfNoneMatch", () => {
  const tag = etagOf("body");
  const opaque = tag.slice(2);

  it("compares weakly: with or without W/, in a list, or *", () => {
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(opaque, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
  });

  it("does not match another tag, an empty header or none", () => {
    expect(matchesIfNoneMatch('W/"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch("", tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});

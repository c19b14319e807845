import { describe, expect, it } from "vitest";
import { classFor, EMPTY_COLOR, mapClasses, MAX_CLASSES, niceNumber, palette } from "./color-scale";

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The classes cover 1…max with no gap and no overlap. */
function expectContiguous(max: number) {
  const classes = mapClasses(max);
  expect(classes[0]!.min).toBe(1);
  expect(classes.at(-1)!.max).toBe(max);
  for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
  for (const c of classes) expect(c.max).toBeGreaterThanOrEqual(c.min);
  return classes;
}

describe("mapClasses", () => {
  it("has no class when nothing is counted", () => {
    expect(mapClasses(0)).toEqual([]);
    expect(mapClasses(Number.NaN)).toEqual([]);
  });

  it("gives small counts one class per value", () => {
    expect(mapClasses(3).map((c) => [c.min, c.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(mapClasses(5)).toHaveLength(5);
  });

  it("bins larger counts into at most five log-spaced ranges with nice bounds", () => {
    expect(expectContiguous(22).map((c) => [c.min, c.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 9],
      [10, 22],
    ]);
    for (const max of [6, 7, 10, 23, 99, 100, 1234, 100_000]) {
      const classes = expectContiguous(max);
      expect(classes.length).toBeLessThanOrEqual(MAX_CLASSES);
      expect(classes.length).toBeGreaterThanOrEqual(3);
      for (const c of classes) expect(niceNumber(c.min)).toBe(c.min);
    }
    expect(mapClasses(100_000).map((c) => c.min)).toEqual([1, 10, 100, 1000, 10_000]);
  });

  it("puts every count in the class whose range holds it, and zero in none", () => {
    const classes = mapClasses(22);
    expect(classFor(0, classes)).toBeNull();
    expect(classFor(1, classes)?.min).toBe(1);
    expect(classFor(4, classes)?.min).toBe(3);
    expect(classFor(5, classes)?.min).toBe(5);
    expect(classFor(22, classes)?.min).toBe(10);
    // A count above the range (data changed between two queries) still gets the darkest class.
    expect(classFor(30, classes)?.min).toBe(10);
  });
});

describe("palette", () => {
  it("is one hue getting darker class by class, so order reads without telling colours apart", () => {
    for (let n = 1; n <= MAX_CLASSES; n++) {
      const colors = palette(n);
      expect(colors).toHaveLength(n);
      const lum = colors.map(luminance);
      for (let i = 1; i < n; i++) expect(lum[i]!).toBeLessThan(lum[i - 1]!);
      for (const c of colors) {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
        expect(b!, c).toBeGreaterThanOrEqual(Math.max(r!, g!)); // blue throughout
      }
    }
  });

  it("keeps the darkest class far from the lightest, and 'none' apart from every class", () => {
    const colors = palette(MAX_CLASSES);
    const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    expect(ratio(luminance(colors[0]!), luminance(colors.at(-1)!))).toBeGreaterThan(7);
    for (const c of colors) expect(c).not.toBe(EMPTY_COLOR);
    // "None" is grey, the classes blue.
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(EMPTY_COLOR.slice(i, i + 2), 16));
    expect(Math.abs(r! - b!)).toBeLessThan(10);
    expect(Math.abs(g! - b!)).toBeLessThan(10);
  });
});

describe("niceNumber", () => {
  it("rounds on a log scale to 1, 2, 3 or 5 times a power of ten", () => {
    expect([0.5, 1, 1.4, 1.5, 3.45, 4, 6.4, 7.5, 11.8, 2600].map(niceNumber)).toEqual([
      1, 1, 1, 2, 3, 5, 5, 10, 10, 3000,
    ]);
  });
});

// The identity defined once in app/globals.css holds together: the drawn assets use its colours, and the palette's
// pairs that the pages use keep WCAG AA contrast. (That the favicon draws the header's mark: tests/e2e/identity.spec.ts.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { BRAND } from "./colors";

const root = path.join(import.meta.dirname, "../..");
const css = readFileSync(path.join(root, "app/globals.css"), "utf8");
const themeColor = (name: string) => css.match(new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6});`))?.[1];

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string) {
  const channel = (at: number) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
function contrast(a: string, b: string) {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

test("the drawn assets use the theme's colours", () => {
  expect(BRAND).toEqual({
    paper: themeColor("paper"),
    ink: themeColor("ink-900"),
    inkSoft: themeColor("ink-700"),
    accent: themeColor("accent-600"),
    accentDeep: themeColor("accent-800"),
    accentLight: themeColor("accent-300"),
  });
});

describe("contrast of the pairs the pages use (WCAG AA: 4.5 for text)", () => {
  const color = (name: string) => (name === "white" ? "#ffffff" : themeColor(name)!);
  test.each([
    ["ink-900", "paper"], // body text
    ["ink-700", "paper"], // secondary text
    ["ink-700", "ink-100"],
    ["ink-600", "ink-100"],
    ["ink-500", "white"], // the faintest text
    ["ink-500", "ink-100"],
    ["accent-800", "paper"], // links
    ["accent-800", "ink-100"],
    ["accent-800", "ink-200"],
    ["white", "accent-800"], // buttons
    ["white", "accent-900"],
    ["accent-300", "ink-900"], // the favicon's points
  ])("%s on %s", (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
  });

  test("the focus ring stands out from the paper (3:1 for non-text)", () => {
    expect(css).toMatch(/outline: 3px solid var\(--color-accent-600\)/);
    expect(contrast(color("accent-600"), color("paper"))).toBeGreaterThanOrEqual(3);
  });
});

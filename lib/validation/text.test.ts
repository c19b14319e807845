import { describe, expect, it } from "vitest";
import { hasInvisible, isSlug } from "./text";

describe("hasInvisible", () => {
  it.each(["a\u0000b", "x\u202Ey", "\uFEFF", "lone \uD800 high", "lone \uDC00 low", "\uDE00\uD83D"])("flags %j", (value) => {
    expect(hasInvisible(value)).toBe(true);
  });
  it.each(["Армения", "Հայաստան 😀", "line\nbreak\ttab", "\u200Fمرحبا", "e\u0301"])("accepts %j", (value) => {
    expect(hasInvisible(value)).toBe(false);
  });
});

describe("isSlug", () => {
  it.each(["ojag", "armenian-youth-2024", "a1"])("accepts %j", (value) => expect(isSlug(value)).toBe(true));
  it.each(["", "A", "a--b", "-a", "a-", "a\u0000", "00000000-0000-4000-8000-000000000000\u0000", "а"])("refuses %j", (value) => expect(isSlug(value)).toBe(false));
});

import { describe, expect, it } from "vitest";
import { pageNumber } from "./query";

describe("pageNumber", () => {
  it.each([
    ["3", 3],
    [["2", "9"], 2],
    [undefined, 1],
    ["0", 1],
    ["-4", 1],
    ["2.5", 1],
    ["abc", 1],
    ["1e9", 1],
    ["' OR 1=1 --", 1],
  ] as const)("%j → %d", (input, expected) => {
    expect(pageNumber(input as string | string[] | undefined)).toBe(expected);
  });
});

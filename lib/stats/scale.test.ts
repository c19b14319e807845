import { describe, expect, it } from "vitest";
import { niceScale, textWidth, wrapText } from "./scale";

describe("niceScale", () => {
  it("rounds the maximum up to a step of 1, 2 or 5 × 10ⁿ with at most five steps", () => {
    expect(niceScale(22)).toEqual({ max: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(niceScale(4)).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(niceScale(1)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(100_000)).toEqual({ max: 100_000, ticks: [0, 20_000, 40_000, 60_000, 80_000, 100_000] });
    expect(niceScale(7, 4)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
  });

  it("gives an axis for nothing to show", () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe("wrapText", () => {
  it("keeps a short label on one line", () => {
    expect(wrapText("Россия", 200, 13)).toEqual(["Россия"]);
  });

  it("breaks a long label at spaces and cuts what does not fit in two lines", () => {
    const lines = wrapText("Национально-культурная автономия азербайджанцев города Москвы и области", 160, 13);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(160);
  });

  it("cuts one overlong word, in Armenian script too", () => {
    const [line] = wrapText("Ազգային-մշակութային-ինքնավարություն", 100, 13);
    expect(line!.endsWith("…")).toBe(true);
    expect(textWidth(line!, 13)).toBeLessThanOrEqual(100);
  });
});

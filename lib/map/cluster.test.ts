import { describe, expect, it } from "vitest";
import { clusterDots } from "./cluster";

const dot = (x: number, y: number, count: number, r = 10) => ({ x, y, r, count });

describe("clusterDots", () => {
  it("merges dots that would overlap and keeps apart those that would not", () => {
    const moscow = dot(100, 100, 6);
    const podolsk = dot(105, 110, 2);
    const baku = dot(400, 300, 3);
    const clusters = clusterDots([podolsk, baku, moscow], 1);
    expect(clusters).toHaveLength(2);
    const [big, lone] = clusters;
    expect(big!.members).toEqual([moscow, podolsk]);
    expect(big!.count).toBe(8);
    // The count-weighted centre: nearer the larger city.
    expect(big!.x).toBeCloseTo(101.25);
    expect(big!.y).toBeCloseTo(102.5);
    expect(big!.r).toBeCloseTo(Math.hypot(10, 10));
    expect(lone!.members).toEqual([baku]);
  });

  it("splits a cluster when the zoom makes room", () => {
    const dots = [dot(100, 100, 6), dot(112, 100, 2)];
    expect(clusterDots(dots, 1)).toHaveLength(1);
    // At zoom 4 the dots are drawn at half size: 12 units apart, radii 5 + 5.
    expect(clusterDots(dots, 4)).toHaveLength(2);
  });

  it("caps a crowded cluster's size at twice its largest dot", () => {
    const crowd = Array.from({ length: 20 }, (_, i) => dot(100 + i * 0.1, 100, 1));
    const [only] = clusterDots(crowd, 1);
    expect(only!.count).toBe(20);
    expect(only!.r).toBe(20);
  });
});

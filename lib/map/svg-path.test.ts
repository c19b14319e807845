import { describe, expect, it } from "vitest";
import { CompactPathContext } from "./svg-path";

/** Reads SVG path data (the subset we write: m, l, z and implicit line-tos) back to absolute points per subpath. */
function parsePath(d: string): [number, number][][] {
  const tokens = d.match(/[mlz]|-?\d+(?:\.\d+)?/gi) ?? [];
  const subpaths: [number, number][][] = [];
  let x = 0,
    y = 0,
    startX = 0,
    startY = 0;
  let command = "";
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (/[mlz]/i.test(token)) {
      command = token;
      i++;
      if (command === "z") {
        x = startX;
        y = startY;
      }
      continue;
    }
    const dx = Number(tokens[i]);
    const dy = Number(tokens[i + 1]);
    i += 2;
    x += dx;
    y += dy;
    if (command === "m") {
      startX = x;
      startY = y;
      subpaths.push([[x, y]]);
      command = "l"; // further pairs after m are line-tos
    } else subpaths.at(-1)!.push([x, y]);
  }
  return subpaths;
}

describe("CompactPathContext", () => {
  it("writes relative integer commands that read back to the rounded points", () => {
    const c = new CompactPathContext();
    c.moveTo(10.4, 20.6);
    c.lineTo(30, 20.6);
    c.lineTo(30.2, 5);
    c.lineTo(10.4, 5);
    c.closePath();
    const d = c.result();
    expect(d).toBe("m10 21 20 0 0-16-20 0z");
    expect(parsePath(d)).toEqual([
      [
        [10, 21],
        [30, 21],
        [30, 5],
        [10, 5],
      ],
    ]);
  });

  it("measures a subpath after z from the previous subpath's start, as SVG does", () => {
    const c = new CompactPathContext();
    c.moveTo(100, 100);
    c.lineTo(200, 100);
    c.lineTo(200, 200);
    c.closePath();
    c.moveTo(150, 300);
    c.lineTo(140, 290);
    c.closePath();
    expect(parsePath(c.result())).toEqual([
      [
        [100, 100],
        [200, 100],
        [200, 200],
      ],
      [
        [150, 300],
        [140, 290],
      ],
    ]);
  });

  it("drops points that round onto the previous one and starts afresh after result()", () => {
    const c = new CompactPathContext();
    c.moveTo(1, 1);
    c.lineTo(1.2, 0.9);
    c.lineTo(5, 1);
    expect(c.result()).toBe("m1 1 4 0");
    c.moveTo(2, 2);
    expect(c.result()).toBe("m2 2");
  });
});

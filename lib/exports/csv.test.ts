import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvLine, splitList, unneutralise } from "./csv";

describe("csvCell", () => {
  it("neutralises formula starts and quotes what needs it", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+7 495")).toBe("'+7 495");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe(`"'\rx"`);
    expect(csvCell("\0x")).toBe("'\0x");
    expect(csvCell(-3)).toBe("'-3");
    expect(csvCell("Оджаг, Москва")).toBe(`"Оджаг, Москва"`);
    expect(csvCell("two\nlines")).toBe(`"two\nlines"`);
    expect(csvCell(null)).toBe("");
    expect(csvCell(1991)).toBe("1991");
  });

  it("round-trips through a real CSV parser, apostrophes removed on the way back", () => {
    const values = ["=1+2", 'Հայ "Երիտասարդ"', "a,b", "x\r\ny", "-minus", "plain", "'quoted already"];
    const text = BOM + csvLine(["a", "b", "c", "d", "e", "f", "g"]) + csvLine(values);
    const [row] = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.values(row!).map(unneutralise)).toEqual(values);
  });

  it("splits lists on semicolons and commas", () => {
    expect(splitList("hy; ru,en ;")).toEqual(["hy", "ru", "en"]);
    expect(splitList(undefined)).toEqual([]);
  });
});

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { fraction, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a byte-order mark, ends lines with CRLF and quotes what must be quoted", () => {
    const text = toCsv(
      ["name", "count"],
      [
        ["Ассоциация «Ватан», Алматы", 3],
        ['say "hi"\nthere', 0],
        [null, 1],
      ],
    );
    expect(text.startsWith("\uFEFFname,count\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parse(text, { bom: true, columns: true });
    expect(rows).toEqual([
      { name: "Ассоциация «Ватан», Алматы", count: "3" },
      { name: 'say "hi"\nthere', count: "0" },
      { name: "", count: "1" },
    ]);
  });

  it("keeps a spreadsheet from running any cell as a formula (OWASP CSV injection), numbers and NUL included", () => {
    const rows = parse(toCsv(["name"], [['=HYPERLINK("x")'], ["-1"], ["@cmd"], ["\0x"]]), { bom: true, columns: true });
    expect(rows).toEqual([{ name: '\'=HYPERLINK("x")' }, { name: "'-1" }, { name: "'@cmd" }, { name: "'\0x" }]);
    expect(toCsv(["n"], [[-1]])).toContain("\r\n'-1\r\n");
    expect(toCsv(["n"], [[3]])).toContain("\r\n3\r\n");
  });
});

describe("fraction", () => {
  it("gives four decimal places, or nothing when the total is zero", () => {
    expect(fraction(12, 30)).toBe("0.4000");
    expect(fraction(1, 3)).toBe("0.3333");
    expect(fraction(0, 0)).toBe("");
  });
});

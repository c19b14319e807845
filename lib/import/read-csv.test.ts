import { describe, expect, it } from "vitest";
import { BOM, csvLine } from "@/lib/exports/csv";
import { FileProblem, readCsv } from "./read-csv";
import { columnOf, errorsByColumn } from "./to-values";

describe("readCsv", () => {
  it("reads the export's columns back: languages, lists, channels, neutralised formulas", () => {
    const file =
      BOM +
      csvLine([
        "slug",
        "name_ru",
        "name_hy",
        "types",
        "diasporas",
        "countries",
        "online_presence",
        "channel_1_kind",
        "channel_1_url",
        "channel_1_languages",
        "channel_2_kind",
        "channel_2_url",
        "channel_2_languages",
        "url",
      ]) +
      csvLine([
        "hay",
        "=Айастан",
        "Հայաստան",
        "YOUTH; MEDIA",
        "armenian",
        "fr",
        "WEBSITE; SOCIAL_MEDIA",
        "WEBSITE",
        "https://hay.example.org",
        "hy; fr",
        "",
        "",
        "",
        "https://atlas/ru/organizations/hay",
      ]);
    const [row] = readCsv(file, "organization", 10);
    expect(row).toEqual({
      row: 2,
      record: expect.objectContaining({
        slug: "hay",
        name: { ru: "=Айастан", hy: "Հայաստան" },
        types: ["YOUTH", "MEDIA"],
        diasporas: ["armenian"],
        countries: ["FR"],
        status: "UNKNOWN",
        channels: [{ kind: "WEBSITE", url: "https://hay.example.org", languages: ["hy", "fr"] }],
        onlinePresence: ["WEBSITE", "SOCIAL_MEDIA"],
      }),
    });
  });

  it("tells a file without the online_presence column (keep what is stored) from an empty cell (none)", () => {
    const presence = (file: string) =>
      readCsv(file, "organization", 10).map((r) => ("record" in r ? (r.record as { onlinePresence?: string[] }) : r));
    expect(presence("slug,name_en\nx,X\n")).toEqual([expect.objectContaining({ onlinePresence: undefined })]);
    expect(presence("slug,online_presence\nx,\ny,INTERNET\n")).toEqual([
      expect.objectContaining({ onlinePresence: [] }),
      expect.objectContaining({ onlinePresence: ["INTERNET"] }),
    ]);
  });

  it("says what is wrong with a file it cannot use", () => {
    const problem = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof FileProblem ? [error.code, error.detail] : error;
      }
    };
    expect(problem(() => readCsv("name_en\nX\n", "organization", 10))).toEqual(["noSlugColumn", undefined]);
    expect(problem(() => readCsv("slug\na\nb\nc\n", "organization", 2))).toEqual(["tooManyRows", { max: 2 }]);
    expect(problem(() => readCsv('slug,name_en\n"open,x\n', "organization", 10))).toEqual([
      "csvInvalid",
      expect.objectContaining({ line: expect.any(Number) }),
    ]);
  });
});

describe("columns", () => {
  it("names form fields as the file's columns", () => {
    expect(
      [
        "name.ru",
        "channel.0.url",
        "channel.2",
        "diasporaIds",
        "foundedYear",
        "onlineUrl",
        "onlinePresence",
        "slug",
      ].map(columnOf),
    ).toEqual([
      "name_ru",
      "channel_1_url",
      "channel_3",
      "diasporas",
      "founded_year",
      "online_url",
      "online_presence",
      "slug",
    ]);
    expect(
      errorsByColumn(
        { diasporas: ["unknownDiaspora"] },
        { diasporaIds: ["chooseDiaspora"], countryCodes: ["unknownReference"] },
      ),
    ).toEqual({ diasporas: ["unknownDiaspora"], countries: ["unknownCountry"] });
  });
});

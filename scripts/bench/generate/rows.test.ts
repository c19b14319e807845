import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TABLES, copyLine, generateRows, stableUuid, type GeneratorContext, type TableName } from "./rows";
import { DIASPORA_WORDS } from "./words";

const context = (seed: number): GeneratorContext => ({
  seed,
  organizations: 300,
  events: 2_000,
  diasporas: Object.keys(DIASPORA_WORDS).map((slug, i) => ({ slug, id: stableUuid(1, 99, i) })),
  sourceIds: [stableUuid(1, 98, 0), stableUuid(1, 98, 1)],
  cities: new Map([
    ["RU", [{ name: "Moscow", ru: "Москва" }]],
    ["DE", [{ name: "Berlin", ru: "Берлин" }]],
  ]),
});

/** Each table's rows as COPY lines. */
async function dataset(seed: number): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  let misshapen = 0;
  await generateRows(context(seed), (table, row) => {
    if (row.length !== TABLES[table].length) misshapen++;
    (out[table] ??= []).push(copyLine(row));
  });
  expect(misshapen).toBe(0);
  return out;
}
const digest = (lines: string[]) => createHash("sha256").update(lines.join("")).digest("hex");

describe("synthetic atlas generator", () => {
  it("gives the same rows for the same seed and other rows for another seed", async () => {
    const [first, second, other] = await Promise.all([dataset(7), dataset(7), dataset(8)]);
    expect(Object.keys(first).sort()).toEqual(Object.keys(TABLES).sort());
    for (const table of Object.keys(TABLES) as TableName[]) expect(digest(second[table]!)).toBe(digest(first[table]!));
    expect(digest(other.OrganizationTranslation!)).not.toBe(digest(first.OrganizationTranslation!));
  });

  it("writes the asked numbers of entries with unique ids and slugs, each with a translation and a diaspora", async () => {
    const rows = await dataset(7);
    const ids = (table: TableName) => new Set(rows[table]!.map((l) => l.split("\t")[0]));
    expect(ids("Organization").size).toBe(300);
    expect(ids("Event").size).toBe(2_000);
    expect(new Set(rows.Organization!.map((l) => l.split("\t")[1])).size).toBe(300);
    expect(ids("OrganizationTranslation")).toEqual(ids("Organization"));
    expect(ids("EventDiaspora")).toEqual(ids("Event"));
  });

  it("names entries in Russian, English and national scripts", async () => {
    const names = (await dataset(7)).OrganizationTranslation!.map((l) => l.split("\t")[2]!).join("\n");
    expect(names).toMatch(/[А-Яа-я]+ские? |[А-Я][а-я]+ская /);
    expect(names).toMatch(/Community|Society|Centre/);
    for (const script of [/[ա-ֆ]/, /[ა-ჰ]/, /[əğ]/i, /[қәң]/]) expect(names).toMatch(script);
  });

  it("escapes tabs, newlines and backslashes and writes arrays as literals in COPY lines", () => {
    expect(copyLine(["a\tb\nc\\d", null, 3, ["x y", 'q"']])).toBe('a\\tb\\nc\\\\d\t\\N\t3\t{"x y","q\\\\""}\n');
  });
});

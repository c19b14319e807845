// Property: walking a table by keyset (lib/db/keyset.ts) from each page's last row, through a cursor that went
// to a client and came back (lib/api/cursor.ts), yields exactly the rows of one ORDER BY of the whole table, in
// its order: for every mix of directions, NULL placements, key types, repeated values and page sizes.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../lib/api/cursor";
import { ApiError } from "../../lib/api/http/errors";
import { Prisma } from "../../lib/db/generated/client";
import { afterRowSegments, key, keyColumns, orderSql, type SortKey } from "../../lib/db/keyset";
import { openTestDatabase } from "../support/database";
import { propertyRuns } from "../support/property-runs";

const db = openTestDatabase();
// Each run walks its table page by page: a fifth of the other properties' inputs keeps it to seconds.
const RUNS = Math.max(20, Math.round(propertyRuns({ embeddedDatabase: inject("databaseKind") === "embedded" }) / 5));
const TABLE = "keyset_walk";

beforeAll(async () => {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${TABLE}`);
  await db.$executeRawUnsafe(`CREATE TABLE ${TABLE} (slug text PRIMARY KEY, n int, d date, t text)`);
});
afterAll(async () => {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${TABLE}`);
  await db.$disconnect();
});

type Row = { n: number | null; d: string | null; t: string | null };
// Few distinct values, so that rows tie on a key and the next key decides; letters of both cases and scripts.
const row = fc.record({
  n: fc.option(fc.integer({ min: -3, max: 3 })),
  d: fc.option(fc.constantFrom("1999-12-31", "2020-02-29", "2021-05-09", "2024-01-01")),
  t: fc.option(fc.constantFrom("a", "B", "b", "ё", "Е", "аб", "a b", "")),
});
const column = { n: "int", d: "date", t: "text" } as const;
const keySpec = fc.record({
  column: fc.constantFrom("n", "d", "t") as fc.Arbitrary<keyof typeof column>,
  direction: fc.constantFrom("asc", "desc") as fc.Arbitrary<"asc" | "desc">,
  nulls: fc.constantFrom("first", "last") as fc.Arbitrary<"first" | "last">,
});

const keysOf = (specs: { column: keyof typeof column; direction: "asc" | "desc"; nulls: "first" | "last" }[]) => [
  ...specs.map((s) => key(Prisma.raw(s.column), column[s.column], { direction: s.direction, nulls: s.nulls })),
  // The unique last key that makes the order total.
  key(Prisma.raw("slug"), "text", { nullable: false }),
];

async function fill(rows: Row[]) {
  await db.$executeRawUnsafe(`TRUNCATE ${TABLE}`);
  if (rows.length === 0) return;
  await db.$executeRaw`INSERT INTO keyset_walk (slug, n, d, t)
    SELECT * FROM unnest(${rows.map((_, i) => `r${String(i).padStart(3, "0")}`)}::text[], ${rows.map((r) => r.n)}::int[],
      ${rows.map((r) => r.d)}::date[], ${rows.map((r) => r.t)}::text[])`;
}

async function walk(keys: SortKey[], pageSize: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    // As lib/api/list-page.ts reads: segment after segment until the page is full.
    const segments = cursor === null ? [Prisma.sql`TRUE`] : afterRowSegments(keys, decodeCursor(cursor, "walk", keys));
    const page: Record<string, unknown>[] = [];
    for (const segment of segments) {
      if (page.length >= pageSize) break;
      page.push(
        ...(await db.$queryRaw<Record<string, unknown>[]>`
          SELECT slug, ${keyColumns(keys)} FROM keyset_walk WHERE ${segment} ORDER BY ${orderSql(keys)}
          LIMIT ${pageSize - page.length}`),
      );
    }
    seen.push(...page.map((r) => r.slug as string));
    if (page.length < pageSize) return seen;
    cursor = encodeCursor("walk", keys, page.at(-1)!);
    if (seen.length > 200) throw new Error("the walk does not end");
  }
}

describe("keyset paging", () => {
  it("walks every row once, in the ORDER BY's order, whatever the keys and the page size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 40 }),
        fc.array(keySpec, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 7 }),
        async (rows, specs, pageSize) => {
          await fill(rows);
          const keys = keysOf(specs);
          const all = await db.$queryRaw<{ slug: string }[]>`SELECT slug FROM keyset_walk ORDER BY ${orderSql(keys)}`;
          expect(await walk(keys, pageSize)).toEqual(all.map((r) => r.slug));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("spells out where NULLs go as PostgreSQL places them by default", async () => {
    await fill([
      { n: null, d: null, t: null },
      { n: 1, d: "2020-02-29", t: "a" },
      { n: 2, d: "2021-05-09", t: "b" },
    ]);
    for (const direction of ["asc", "desc"] as const) {
      const nulls = direction === "asc" ? "last" : "first";
      const keys = [
        key(Prisma.raw("n"), "int", { direction, nulls }),
        key(Prisma.raw("slug"), "text", { nullable: false }),
      ];
      const spelled = await db.$queryRaw<{ slug: string }[]>`SELECT slug FROM keyset_walk ORDER BY ${orderSql(keys)}`;
      const plain = await db.$queryRawUnsafe<{ slug: string }[]>(
        `SELECT slug FROM keyset_walk ORDER BY n ${direction}, slug`,
      );
      expect(spelled).toEqual(plain);
    }
  });
});

describe("cursors", () => {
  const keys = keysOf([{ column: "d", direction: "desc", nulls: "last" }]);
  const refused = (raw: string, order = "walk") => {
    try {
      decodeCursor(raw, order, keys);
    } catch (error) {
      return error instanceof ApiError ? `${error.status} ${error.parameter}` : String(error);
    }
    return "accepted";
  };
  const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

  it("come back as the values they carried", () => {
    const cursor = encodeCursor("walk", keys, { k0: new Date("2021-05-09T00:00:00Z"), k1: "r007" });
    expect(decodeCursor(cursor, "walk", keys)).toEqual(["2021-05-09", "r007"]);
    expect(decodeCursor(encodeCursor("walk", keys, { k0: null, k1: "r001" }), "walk", keys)).toEqual([null, "r001"]);
  });

  it("are refused as a 400 naming cursor when they are not this order's", () => {
    expect(refused(encoded(["walk", "2021-05-09", "r007"]))).toBe("accepted");
    expect(refused(encoded(["walk", "2021-05-09", "r007"]), "another order")).toBe("400 cursor");
    expect(refused("not base64 json")).toBe("400 cursor");
    expect(refused(encoded({ walk: 1 }))).toBe("400 cursor");
    expect(refused(encoded(["walk", "2021-05-09"]))).toBe("400 cursor");
    for (const day of ["2021-02-30", "0000-01-01", "2021-5-9", "2021-05-09T00:00"])
      expect(refused(encoded(["walk", day, "r007"])), day).toBe("400 cursor");
    expect(refused(encoded(["walk", "2021-05-09", "a\u0000b"]))).toBe("400 cursor");
    const counted = keysOf([{ column: "n", direction: "asc", nulls: "last" }]);
    expect(() => decodeCursor(encoded(["walk", 2 ** 31, "r007"]), "walk", counted)).toThrow(ApiError);
    expect(() => decodeCursor(encoded(["walk", 1.5, "r007"]), "walk", counted)).toThrow(ApiError);
    expect(decodeCursor(encoded(["walk", -3, "r007"]), "walk", counted)).toEqual([-3, "r007"]);
    expect(refused(encoded(["walk", "2021-05-09", 7]))).toBe("400 cursor");
    expect(refused(encoded(["walk", "2021-05-09", "x".repeat(2_001)]))).toBe("400 cursor");
  });
});

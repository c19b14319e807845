import "server-only";
// One page of a list endpoint's rows, in the list's order (its sort keys, lib/db/keyset.ts): by number (OFFSET, with
// the total) or by cursor (a seek from where the previous page ended, with no count). Either way the answer says
// where the next page starts, so a client can switch to cursors after the first page.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { afterRowSegments, keyColumns, orderSql, type SortKey } from "@/lib/db/keyset";
import { decodeCursor, encodeCursor } from "./cursor";
import type { ApiQuery } from "./query";

export type ListPageQuery = {
  /** The row's id column, e.g. o.id. */
  id: Prisma.Sql;
  /** FROM's table, e.g. "Organization" o. */
  table: Prisma.Sql;
  /** The joins the keys need (none for counting). */
  joins: Prisma.Sql;
  /** The filters: a WHERE clause, or empty. */
  where: Prisma.Sql;
  /** The order, and its name in cursors (a cursor of another order is refused). */
  keys: SortKey[];
  order: string;
};

export type ListPage = { ids: string[]; total: number | null; nextCursor: string | null };

export async function readListPage(query: ListPageQuery, { page, perPage, cursor }: ApiQuery): Promise<ListPage> {
  const { id, table, joins, where, keys, order } = query;
  const read = (condition: Prisma.Sql | null, limit: number, offset: number) => {
    const filtered =
      condition === null
        ? where
        : where.strings.join("").trim() === ""
          ? Prisma.sql`WHERE ${condition}`
          : Prisma.sql`${where} AND ${condition}`;
    return db.$queryRaw<Record<string, unknown>[]>`
      SELECT ${id} AS id, ${keyColumns(keys)} FROM ${table} ${joins} ${filtered}
      ORDER BY ${orderSql(keys)} LIMIT ${limit} OFFSET ${offset}`;
  };
  // One row more than the page, to know whether another follows.
  let rows: Record<string, unknown>[];
  let total: number | null = null;
  if (cursor === undefined) {
    const [totals, numbered] = await Promise.all([
      db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM ${table} ${where}`,
      read(null, perPage + 1, (page - 1) * perPage),
    ]);
    [rows, total] = [numbered, totals[0]?.count ?? 0];
  } else {
    // Segment after segment (lib/db/keyset.ts: the first key's range, then its NULLs), until the page is full.
    rows = [];
    for (const segment of afterRowSegments(keys, decodeCursor(cursor, order, keys))) {
      if (rows.length > perPage) break;
      rows.push(...(await read(segment, perPage + 1 - rows.length, 0)));
    }
  }
  const shown = rows.slice(0, perPage);
  return {
    ids: shown.map((r) => r.id as string),
    total,
    nextCursor: rows.length > perPage ? encodeCursor(order, keys, shown.at(-1)!) : null,
  };
}

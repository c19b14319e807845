import "server-only";
// One page of a list endpoint's rows, in the list's order (its sort keys, lib/db/keyset.ts): by number (OFFSET, with
// the total) or by cursor (a seek from where the previous page ended, with no count). Either way the answer says
// where the next page starts, so a client can switch to cursors after the first page.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { afterRow, keyColumns, orderSql, type SortKey } from "@/lib/db/keyset";
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
  const after = cursor === undefined ? null : afterRow(keys, decodeCursor(cursor, order, keys));
  const filtered =
    after === null
      ? where
      : where.strings.join("").trim() === ""
        ? Prisma.sql`WHERE ${after}`
        : Prisma.sql`${where} AND ${after}`;
  // One row more than the page, to know whether another follows.
  const [totals, rows] = await Promise.all([
    after === null ? db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM ${table} ${where}` : null,
    db.$queryRaw<Record<string, unknown>[]>`
      SELECT ${id} AS id, ${keyColumns(keys)} FROM ${table} ${joins} ${filtered}
      ORDER BY ${orderSql(keys)}
      LIMIT ${perPage + 1} OFFSET ${after === null ? (page - 1) * perPage : 0}`,
  ]);
  const shown = rows.slice(0, perPage);
  return {
    ids: shown.map((r) => r.id as string),
    total: totals ? (totals[0]?.count ?? 0) : null,
    nextCursor: rows.length > perPage ? encodeCursor(order, keys, shown.at(-1)!) : null,
  };
}

// What a backup reads from PostgreSQL's catalog, and the connection it reads through: every value as the text
// PostgreSQL prints for it, which its input functions read back exactly (timestamps, arrays, enums, JSON, bytea).
import pg from "pg";
import { BackupError } from "./format";

export type Column = { name: string; type: string };
export type Table = { name: string; columns: Column[] };

/** Settings that make the text forms independent of the server's configuration. */
const SESSION =
  "SET DateStyle TO ISO, YMD; SET IntervalStyle TO postgres; SET TimeZone TO 'UTC'; SET extra_float_digits TO 3; SET bytea_output TO hex";

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
    types: { getTypeParser: () => (value: string) => value },
  });
  client.on("error", () => {});
  await client.connect();
  await client.query(SESSION);
  return client;
}

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The application's tables (schema public, not Prisma's migration log) with their stored columns in table order,
 * parents before children so rows can be inserted with every foreign key checked. Generated columns are
 * left out: PostgreSQL computes them again.
 */
export async function describeTables(client: pg.Client): Promise<Table[]> {
  const { rows } = await client.query<{ table: string; column: string; type: string }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`);
  const tables = new Map<string, Column[]>();
  for (const row of rows)
    tables.set(row.table, [...(tables.get(row.table) ?? []), { name: row.column, type: row.type }]);
  const { rows: edges } = await client.query<{ child: string; parent: string }>(`
    SELECT c.relname AS child, p.relname AS parent
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`);
  return parentsFirst([...tables.keys()], edges).map((name) => ({ name, columns: tables.get(name)! }));
}

/** Topological order (alphabetical among equals, so dumps of the same schema list tables alike). */
export function parentsFirst(names: string[], edges: { child: string; parent: string }[]): string[] {
  const remaining = new Set(names);
  const order: string[] = [];
  while (remaining.size) {
    const ready = [...remaining]
      .filter((name) => !edges.some((e) => e.child === name && remaining.has(e.parent)))
      .sort();
    if (!ready.length)
      throw new BackupError(
        `foreign keys form a cycle between ${[...remaining].sort().join(", ")}; a backup cannot order them`,
      );
    for (const name of ready) remaining.delete(name);
    order.push(...ready);
  }
  return order;
}

/** Applied migrations, oldest first; empty when the database has never been migrated. */
export async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows: exists } = await client.query<{ found: string | null }>(
    `SELECT to_regclass('public._prisma_migrations')::text AS found`,
  );
  if (!exists[0]?.found) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/**
 * Row count and a content digest per table: the sum of each row's md5 (its first 60 bits), so the order rows come
 * back in does not matter and no server memory grows with the table.
 */
export async function tableDigests(
  client: pg.Client,
  tables: Table[],
): Promise<Map<string, { rows: number; digest: string }>> {
  const out = new Map<string, { rows: number; digest: string }>();
  for (const table of tables) {
    const { rows } = await client.query<{ n: string; digest: string }>(
      `SELECT count(*) AS n, coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint::numeric), 0)::text AS digest FROM ${quote(table.name)} t`,
    );
    out.set(table.name, { rows: Number(rows[0]!.n), digest: rows[0]!.digest });
  }
  return out;
}

export async function sequences(client: pg.Client): Promise<{ name: string; lastValue: string | null }[]> {
  const { rows } = await client.query<{ name: string; lastValue: string | null }>(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  return rows;
}

/** The first application table holding a row, or null when every one is empty. */
export async function firstNonEmptyTable(client: pg.Client, tables: Table[]): Promise<string | null> {
  for (const table of tables) {
    const { rows } = await client.query(`SELECT 1 FROM ${quote(table.name)} LIMIT 1`);
    if (rows.length) return table.name;
  }
  return null;
}

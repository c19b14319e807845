// Prisma's own schema engine, compiled to WebAssembly, driven through the pg driver adapter.
// The Prisma CLI would download a native engine, which this project cannot rely on
// (see docs/decisions/0003-migrations.md). Used by scripts and tests, never by the Next.js server.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const PRISMA_DIR = path.resolve(import.meta.dirname, "../../prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

const NO_FILTER = { externalTables: [], externalEnums: [] };

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let bindings: Promise<Bindings> | undefined;

/** Instantiates the wasm module once per process (the package's own entry needs --experimental-wasm-modules). */
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(bgPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => console.error(`schema engine panic: ${message}`) };
    (bg as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return bg;
  })();
  return bindings;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
/** Result rows that held "char" columns, by row array, so the adapter can type them as Character. */
const charColumns = new WeakMap<unknown[], number[]>();

/**
 * The pg adapter rejects PostgreSQL's internal one-byte "char" type, which the engine's catalog queries
 * (pg_class.relkind, pg_constraint.contype) return when it describes a database. These connections hand
 * such columns to the adapter as text and note where they were; CatalogAwarePg then types them as Character.
 */
class CatalogFriendlyClient extends pg.Client {
  // pg.Pool#query calls client.query(config, values, callback); the adapter's own calls use the promise form.
  override query(...args: unknown[]): never {
    const callback =
      typeof args.at(-1) === "function" ? (args.pop() as (e: Error | null, r?: pg.QueryResult) => void) : undefined;
    const pending = (super.query as (...a: unknown[]) => Promise<pg.QueryResult>)(...args).then((result) => {
      const columns: number[] = [];
      result.fields?.forEach((field, index) => {
        if (field.dataTypeID !== PG_CHAR_OID) return;
        field.dataTypeID = PG_TEXT_OID;
        columns.push(index);
      });
      if (columns.length) charColumns.set(result.rows, columns);
      return result;
    });
    if (!callback) return pending as never;
    pending.then(
      (result) => callback(null, result),
      (error: Error) => callback(error),
    );
    return undefined as never;
  }
}

type Queryable = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * The pg adapter runs a migration script by splitting it at every ";", which breaks function bodies
 * ($$ … ; … $$) and comments holding a semicolon. PostgreSQL takes the whole script as one simple query
 * (one implicit transaction), as the native engine sends it.
 */
function runScriptsWhole<T extends Queryable>(adapter: T): T {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      // The adapter's own error mapping (pg error → DriverAdapterError), protected in its type.
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

function typeCharColumns<T extends Queryable>(adapter: T): T {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}

class CatalogAwarePg extends PrismaPg {
  constructor(connectionString: string) {
    super({ connectionString, max: 2, Client: CatalogFriendlyClient });
  }
  override async connect() {
    return runScriptsWhole(typeCharColumns(await super.connect()));
  }
  override async connectToShadowDb() {
    return runScriptsWhole(typeCharColumns(await super.connectToShadowDb()));
  }
}

async function withEngine<T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const factory = bindMigrationAwareSqlAdapterFactory(new CatalogAwarePg(databaseUrl));
  const log = (...a: unknown[]) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) console.error("engine:", ...a);
  };
  const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, log, factory);
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/** Reads prisma/migrations the way the Prisma CLI does. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (e: Error) => ({ tag: "error" as const, value: e.message }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(dir, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/**
 * Applies every pending migration and records it in _prisma_migrations, like `prisma migrate deploy`.
 * `upTo`: stop after that migration (a backup restored at the schema it was taken from).
 */
export async function applyMigrations(databaseUrl: string, options: { upTo?: string } = {}): Promise<string[]> {
  const migrationsList = await readMigrations();
  const { upTo } = options;
  if (upTo) migrationsList.migrationDirectories = migrationsList.migrationDirectories.filter((m) => m.path <= upTo);
  const result = await withEngine(databaseUrl, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTER }),
  );
  return result.appliedMigrationNames;
}

/**
 * SQL that takes a database built from prisma/migrations to the current schema.prisma: the next migration,
 * or the drift. Empty when they agree. The engine replays the migrations in a temporary shadow database
 * that it creates (and drops) on the server at `databaseUrl`.
 */
export async function diffMigrationsToSchema(databaseUrl: string): Promise<string> {
  const [migrationsList, schema] = await Promise.all([readMigrations(), readFile(SCHEMA_PATH, "utf8")]);
  const result = await withEngine(databaseUrl, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    }),
  );
  const sql = (result.stdout ?? "").trim();
  return /^-- This is an empty migration\.?$/.test(sql) ? "" : sql;
}

// Writes a whole database to a backup file (see format.ts), streaming: rows leave through a cursor a few
// thousand at a time and go straight to the (gzip) file, so memory does not grow with the tables.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { createGzip } from "node:zlib";
import type pg from "pg";
import { appliedMigrations, connect, describeTables, quote, sequences, tableDigests } from "./catalog";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from "./format";
import { appVersion } from "./app-version";

const BATCH = 2_000;

export type ExportOptions = { url: string; file: string; source: "postgresql" | "embedded" };
export type ExportSummary = { file: string; tables: { name: string; rows: number }[]; migrations: number };

/** A line sink that hashes what it writes and waits when the file falls behind. */
function lineWriter(out: Writable) {
  const hash = createHash("sha256");
  return {
    /** Several lines at once: one write per fetched batch, not per row. */
    async write(lines: string[]) {
      const text = `${lines.join("\n")}\n`;
      hash.update(text);
      if (!out.write(text)) await once(out, "drain");
    },
    digest: () => hash.digest("hex"),
  };
}

async function writeRows(
  client: pg.Client,
  table: BackupHeader["tables"][number],
  write: (lines: string[]) => Promise<void>,
): Promise<number> {
  const columns = table.columns.map((c) => quote(c.name)).join(", ");
  await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${columns} FROM ${quote(table.name)}`);
  let written = 0;
  for (;;) {
    const { rows } = await client.query<unknown[]>({
      text: `FETCH FORWARD ${BATCH} FROM backup_rows`,
      rowMode: "array",
    });
    if (rows.length) await write(rows.map((row) => JSON.stringify(row)));
    written += rows.length;
    if (rows.length < BATCH) break;
  }
  await client.query("CLOSE backup_rows");
  return written;
}

/**
 * Dumps every application table inside one read-only REPEATABLE READ transaction, so the header's counts and
 * digests and the rows all describe the same moment even while the app keeps writing. The file appears under its
 * name only when complete.
 */
export async function exportDatabase({ url, file, source }: ExportOptions): Promise<ExportSummary> {
  const client = await connect(url);
  const partial = `${file}.partial`;
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const fileStream = createWriteStream(partial);
  const gzip = file.endsWith(".gz") ? createGzip() : null;
  if (gzip) gzip.pipe(fileStream);
  const out = gzip ?? fileStream;
  const finished = once(fileStream, "close");
  // A write error (disk full, no permission) rejects it before it is awaited: handled below, not a crash.
  finished.catch(() => {});
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await describeTables(client);
    const digests = await tableDigests(client, tables);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: appVersion(),
      createdAt: new Date().toISOString(),
      source,
      migrations: await appliedMigrations(client),
      tables: tables.map((t) => ({ ...t, ...digests.get(t.name)! })),
      sequences: await sequences(client),
    };
    const writer = lineWriter(out);
    await writer.write([JSON.stringify(header)]);
    const written: Record<string, number> = {};
    for (const table of header.tables) {
      await writer.write([JSON.stringify({ table: table.name })]);
      written[table.name] = await writeRows(client, table, writer.write);
    }
    await out.write(`${JSON.stringify({ end: { rows: written, sha256: writer.digest() } })}\n`);
    out.end();
    await finished;
    await client.query("COMMIT");
    await rename(partial, file);
    return {
      file,
      tables: header.tables.map((t) => ({ name: t.name, rows: written[t.name]! })),
      migrations: header.migrations.length,
    };
  } catch (error) {
    out.destroy();
    fileStream.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

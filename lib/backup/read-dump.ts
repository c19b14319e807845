// Reads a backup file line by line (gunzipping when it starts with gzip's magic bytes), checking its shape as it
// goes and, at the end, its trailer: every table present in order, every row the right width, the row counts
// and the SHA-256 of the content. Rows reach the caller in batches; nothing else is kept in memory.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { BackupError, parseHeader, trailerSchema, type BackupHeader, type BackupTable } from "./format";

export type Row = (string | null)[];

export type DumpVisitor = {
  header?(header: BackupHeader): Promise<void> | void;
  rows?(table: BackupTable, rows: Row[]): Promise<void> | void;
  /** Rows per batch handed to `rows`. */
  batchSize?(table: BackupTable): number;
};

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

async function openLines(file: string): Promise<{ lines: AsyncIterable<string>; input: Readable }> {
  const raw = createReadStream(file);
  const input = (await isGzip(file)) ? raw.pipe(createGunzip()) : raw;
  raw.on("error", (error) => input.destroy(error));
  return { lines: createInterface({ input, crlfDelay: Infinity }), input };
}

function parseRow(line: string, table: BackupTable, index: number): Row {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    throw new BackupError(`the backup is damaged: row ${index + 1} of ${table.name} is not valid JSON`);
  }
  const valid =
    Array.isArray(row) && row.length === table.columns.length && row.every((v) => v === null || typeof v === "string");
  if (!valid)
    throw new BackupError(
      `the backup is damaged: row ${index + 1} of ${table.name} does not have its ${table.columns.length} columns`,
    );
  return row as Row;
}

/** Reads and checks the whole file; throws BackupError on anything missing, extra or altered. */
export async function readDump(file: string, visitor: DumpVisitor = {}): Promise<BackupHeader> {
  const { lines } = await openLines(file);
  const hash = createHash("sha256");
  let header: BackupHeader | undefined;
  let tableIndex = -1;
  let table: BackupTable | undefined;
  let batch: Row[] = [];
  let counted = 0;
  const counts: Record<string, number> = {};
  let ended = false;

  const flush = async () => {
    if (batch.length && table) await visitor.rows?.(table, batch);
    batch = [];
  };

  try {
    for await (const line of lines) {
      if (ended) {
        if (line === "") continue;
        throw new BackupError("the backup is damaged: there is content after its closing line");
      }
      if (!header) {
        header = parseHeader(line);
        await visitor.header?.(header);
        hash.update(`${line}\n`);
        continue;
      }
      if (line.startsWith("[")) {
        if (!table) throw new BackupError("the backup is damaged: rows before the first table");
        batch.push(parseRow(line, table, counted));
        counted += 1;
        if (batch.length >= (visitor.batchSize?.(table) ?? 1_000)) await flush();
      } else if (line.startsWith('{"table":')) {
        await flush();
        if (table) counts[table.name] = counted;
        const name = (JSON.parse(line) as { table: string }).table;
        table = header.tables[++tableIndex];
        if (table?.name !== name)
          throw new BackupError(
            `the backup is damaged: found table ${name} where ${table?.name ?? "the end"} was expected`,
          );
        counted = 0;
      } else if (line.startsWith('{"end":')) {
        await flush();
        if (table) counts[table.name] = counted;
        if (tableIndex !== header.tables.length - 1)
          throw new BackupError(`the backup is damaged: table ${header.tables[tableIndex + 1]!.name} is missing`);
        checkTrailer(line, header, counts, hash.digest("hex"));
        ended = true;
        continue;
      } else {
        throw new BackupError(
          `the backup is damaged: unexpected line after ${table ? `row ${counted} of ${table.name}` : "the header"}`,
        );
      }
      hash.update(`${line}\n`);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "Z_BUF_ERROR" || code === "Z_DATA_ERROR")
      throw new BackupError(`the backup file is truncated or damaged (${(error as Error).message})`);
    throw error;
  }
  if (!header) throw new BackupError("the backup file is empty");
  if (!ended)
    throw new BackupError(
      `the backup is truncated: it stops ${table ? `after row ${counted} of ${table.name}` : "after its header"}, without its closing line`,
    );
  return header;
}

function checkTrailer(line: string, header: BackupHeader, counts: Record<string, number>, sha256: string) {
  let parsed;
  try {
    parsed = trailerSchema.safeParse(JSON.parse(line));
  } catch {
    parsed = { success: false as const };
  }
  if (!parsed.success) throw new BackupError("the backup is damaged: its closing line is not readable");
  const trailer = parsed.data.end;
  if (trailer.sha256 !== sha256)
    throw new BackupError("the backup is damaged: its content does not match its SHA-256 checksum");
  for (const table of header.tables) {
    const read = counts[table.name] ?? 0;
    if (read !== table.rows || trailer.rows[table.name] !== table.rows) {
      throw new BackupError(
        `the backup is damaged: ${table.name} should have ${table.rows} rows, the file holds ${read}`,
      );
    }
  }
}

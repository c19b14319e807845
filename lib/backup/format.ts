// The backup file (docs/decisions/0017-backups.md): JSON Lines, gzip-compressed when the name ends in .gz.
//   line 1            the header: format and app version, migrations, tables with their columns, row counts
//                     and a content digest per table, taken in the same snapshot as the rows
//   {"table":"X"}     then X's rows, one JSON array per line, each value PostgreSQL's own text form (or null)
//   …                 every table, parents before children
//   {"end":{…}}       the trailer: rows written per table and the SHA-256 of every line before it
// A file without its trailer is truncated; one whose hash differs is damaged. Both are refused.
import { z } from "zod";

export const BACKUP_FORMAT = "diaspora-atlas-backup";
export const BACKUP_FORMAT_VERSION = 1;

/** A refusal or a damaged file, with a message meant for the person running the command. */
export class BackupError extends Error {
  override name = "BackupError";
}

const column = z.object({ name: z.string(), type: z.string() });

const table = z.object({
  name: z.string(),
  columns: z.array(column).min(1),
  rows: z.number().int().min(0),
  /** Order-independent sum of the rows' md5 (see tableDigests), to prove the restored rows are the same. */
  digest: z.string(),
});

export const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string(),
  createdAt: z.string(),
  /** "postgresql" or "embedded": where it was taken, for the reader; a dump restores into either. */
  source: z.string(),
  /** Applied migrations (names from _prisma_migrations, oldest first): the schema the rows fit. */
  migrations: z.array(z.string()),
  tables: z.array(table),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string().nullable() })),
});

export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupTable = BackupHeader["tables"][number];

export const trailerSchema = z.object({
  end: z.object({ rows: z.record(z.string(), z.number().int()), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type BackupTrailer = z.infer<typeof trailerSchema>["end"];

/** Reads line 1, telling a file that is not a backup from one written by another format version. */
export function parseHeader(line: string | undefined): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(line ?? "");
  } catch {
    throw new BackupError("not a Diaspora Atlas backup (its first line is not JSON)");
  }
  const head = value as { format?: unknown; formatVersion?: unknown };
  if (head?.format !== BACKUP_FORMAT)
    throw new BackupError("not a Diaspora Atlas backup (no backup header on its first line)");
  if (head.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `this backup is in format version ${String(head.formatVersion)}; this version of the app reads format version ${BACKUP_FORMAT_VERSION}`,
    );
  }
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success)
    throw new BackupError(
      `the backup header is damaged (${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message})`,
    );
  return parsed.data;
}

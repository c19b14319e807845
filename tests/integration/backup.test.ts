// Backups against real databases: a database filled through the app's own functions (seed, accounts with password
// hashes, sessions, invitations, revisions approved and rejected, suggestions, audit rows, rate-limit counters, and
// text that tests every escape) is exported, imported into a second, blank database, and the two compared row by
// row, column by column. Damaged, truncated and foreign files, and non-empty targets, are refused with a clear
// message and leave the target as it was.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exportDatabase } from "../../lib/backup/export-database";
import { importDatabase } from "../../lib/backup/import-database";
import { getAuth } from "../../lib/auth/auth";
import { createUser } from "../../lib/auth/create-user";
import { createInvitation } from "../../lib/auth/invitations/create-invitation";
import { createDatabase, type Database } from "../../lib/db/connect";
import { approveRevision, rejectRevision } from "../../lib/curation/review-revision";
import { organizationKind } from "../../lib/organizations/kind";
import { submitRevision } from "../../lib/curation/submit-revision";
import { submitSuggestion } from "../../lib/suggestions/submit-suggestion";
import { makeActor } from "../support/actors";
import { databaseFingerprint, openTestDatabase, tableSnapshot, testDatabaseUrl } from "../support/database";
import { resetToSeed } from "../support/seeded-database";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

const db = openTestDatabase();
const kind = inject("databaseKind");
const ORIGIN = "http://localhost:3000";
const PASSWORD = "Quiet-harbour-lantern-7";
/** Text that a careless dump would mangle: escapes, control characters, JSON and COPY metacharacters, scripts. */
const AWKWARD = 'Tab\there, line\nbreak, CR\r, back\\slash, \\N, "quotes", {braces}, comma, Ünïcødé, 🇦🇲, עברית, 中文';

let dir: string;
let dump: string;
const scratches: ScratchDatabase[] = [];

async function scratch() {
  const created = await createScratchDatabase(kind);
  scratches.push(created);
  return created;
}

async function fill() {
  await resetToSeed(db);
  const armenian = await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } });
  // An account with a scrypt password hash, signed in through better-auth (a session token, a rate-limit counter).
  const created = await createUser(db, {
    email: "admin@example.org",
    scope: { role: "ADMIN", global: true, diasporaIds: [] },
    password: PASSWORD,
    locale: "en",
    origin: ORIGIN,
  });
  if (created.kind !== "created") throw new Error("expected an account");
  const signIn = await getAuth().handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-atlas-client-address": "198.51.100.9" },
      body: JSON.stringify({ email: "admin@example.org", password: PASSWORD }),
    }),
  );
  expect(signIn.status).toBe(200);
  await createInvitation({
    role: "CURATOR",
    global: false,
    diasporaIds: [armenian.id],
    email: "invited@example.org",
    locale: "hy",
    origin: ORIGIN,
    invitedBy: { id: created.userId, email: "admin@example.org" },
  });

  const curator = await makeActor(db, "curator@example.org", "CURATOR", [armenian.id]);
  const moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
  const org = await db.organization.findFirstOrThrow({
    where: { diasporas: { some: { diasporaId: armenian.id } } },
    select: { id: true, slug: true, version: true },
  });
  const edit = (description: string, version = org.version) =>
    submitRevision(organizationKind, curator, {
      id: org.id,
      version: String(version),
      slug: org.slug,
      "name.en": "Armenian Union",
      "description.en": description,
      types: ["CULTURAL_SOCIETY"],
      groups: [],
      diasporaIds: [armenian.id],
      countryCodes: ["FR"],
      status: "ACTIVE",
      languages: "hy",
    });
  const first = await edit(AWKWARD);
  if (!first.ok) throw new Error(`expected a revision: ${JSON.stringify(first)}`);
  expect(
    await approveRevision(moderator, { revisionId: first.revisionId, sourceWaiver: "Test edit: no source needed" }),
  ).toMatchObject({ ok: true });
  const second = await edit("Rejected edit", org.version + 1);
  if (!second.ok) throw new Error(`expected a second revision: ${JSON.stringify(second)}`);
  expect(await rejectRevision(moderator, { revisionId: second.revisionId, comment: AWKWARD })).toMatchObject({
    ok: true,
  });
  expect(
    await submitSuggestion(
      {
        entityType: "organization",
        slug: org.slug,
        body: AWKWARD,
        sourceUrl: "",
        email: "reader@example.org",
        website: "",
      },
      { ip: "203.0.113.5", locale: "ru" },
    ),
  ).toMatchObject({ ok: true });
  await db.verification.create({
    data: {
      identifier: "reset:admin@example.org",
      value: "token-value",
      expiresAt: new Date("2030-01-02T03:04:05.678Z"),
    },
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "atlas-backup-"));
  dump = path.join(dir, "atlas.jsonl.gz");
  await fill();
  await exportDatabase({ url: testDatabaseUrl(), file: dump, source: kind });
});

afterAll(async () => {
  for (const s of scratches) await s.drop();
  await rm(dir, { recursive: true, force: true });
  await db.$disconnect();
});

/** The dump's lines, uncompressed, and a writer that re-seals edited lines with a correct checksum. */
async function lines(): Promise<string[]> {
  return gunzipSync(await readFile(dump))
    .toString("utf8")
    .trimEnd()
    .split("\n");
}
async function writeResealed(name: string, edited: string[]): Promise<string> {
  const body = edited
    .slice(0, -1)
    .map((l) => `${l}\n`)
    .join("");
  const trailer = JSON.parse(edited.at(-1)!) as { end: { sha256: string } };
  trailer.end.sha256 = createHash("sha256").update(body).digest("hex");
  const file = path.join(dir, name);
  await writeFile(file, `${body}${JSON.stringify(trailer)}\n`);
  return file;
}

async function withClient<T>(url: string, run: (client: Database) => Promise<T>): Promise<T> {
  const client = createDatabase(url, { max: 1 });
  try {
    return await run(client);
  } finally {
    await client.$disconnect();
  }
}

const tableCount = (client: Database) =>
  client.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`.then((r) =>
    Number(r[0]!.n),
  );

describe("a backup", () => {
  it("restores into a blank database exactly: every table, every column, revisions, accounts and sessions included", async () => {
    const target = await scratch();
    const summary = await importDatabase({ url: target.url, file: dump });
    expect(summary.migrated.length).toBeGreaterThan(0);
    const [source, restored] = [await tableSnapshot(db), await withClient(target.url, tableSnapshot)];
    // The comparison means something only if the interesting tables hold rows.
    for (const table of [
      "User",
      "Account",
      "Session",
      "RateLimit",
      "Invitation",
      "Verification",
      "RoleAssignment",
      "AuditLog",
      "Revision",
      "Suggestion",
      "Organization",
      "OrganizationTranslation",
      "EventTranslation",
      "DiasporaPresence",
    ]) {
      expect(source[table]?.length, table).toBeGreaterThan(0);
    }
    expect(Object.keys(restored)).toEqual(Object.keys(source));
    for (const table of Object.keys(source)) expect(restored[table], table).toEqual(source[table]);
    // The trigger-maintained search columns were recomputed on insert and came out the same; the awkward text too.
    const awkward = await withClient(target.url, (c) =>
      c.organizationTranslation.findFirst({ where: { description: AWKWARD }, select: { searchSkeleton: true } }),
    );
    expect(awkward?.searchSkeleton).toBe("armenian union");
    expect(summary.tables.find((t) => t.name === "Revision")?.rows).toBe(source.Revision!.length);
  });

  it("is refused by a database that holds rows, which stays as it was", async () => {
    const before = await databaseFingerprint(db);
    await expect(importDatabase({ url: testDatabaseUrl(), file: dump })).rejects.toThrow(
      /database is not empty \(\w+ has rows\)/,
    );
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  describe("a damaged file is refused before the target is touched", () => {
    let target: ScratchDatabase;
    beforeAll(async () => {
      target = await scratch();
    });
    const untouched = async () => expect(await withClient(target.url, tableCount)).toBe(0);

    it("an altered row: checksum mismatch", async () => {
      const edited = await lines();
      const row = edited.findIndex((l) => l.includes("Armenian Union"));
      edited[row] = edited[row]!.replace("Armenian Union", "Armenian Onion");
      const file = path.join(dir, "altered.jsonl");
      await writeFile(file, `${edited.join("\n")}\n`);
      await expect(importDatabase({ url: target.url, file })).rejects.toThrow(
        "the backup is damaged: its content does not match its SHA-256 checksum",
      );
      await untouched();
    });

    it("a truncated file: gzip cut short, or lines missing at the end", async () => {
      const bytes = await readFile(dump);
      const cut = path.join(dir, "cut.jsonl.gz");
      await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expect(importDatabase({ url: target.url, file: cut })).rejects.toThrow(/truncated/);
      const short = path.join(dir, "short.jsonl");
      await writeFile(short, `${(await lines()).slice(0, -40).join("\n")}\n`);
      await expect(importDatabase({ url: target.url, file: short })).rejects.toThrow(
        /the backup is truncated: it stops after row \d+ of \w+, without its closing line/,
      );
      await untouched();
    });

    it("another format version, or not a backup at all", async () => {
      const edited = await lines();
      edited[0] = edited[0]!.replace('"formatVersion":1', '"formatVersion":2');
      const file = await writeResealed("v2.jsonl", edited);
      await expect(importDatabase({ url: target.url, file })).rejects.toThrow(
        "this backup is in format version 2; this version of the app reads format version 1",
      );
      const csv = path.join(dir, "not-a-backup.csv");
      await writeFile(csv, "slug,name\namor,AMOR\n");
      await expect(importDatabase({ url: target.url, file: csv })).rejects.toThrow("not a Diaspora Atlas backup");
      await untouched();
    });

    it("a backup from a newer schema (a migration this code lacks)", async () => {
      const edited = await lines();
      edited[0] = edited[0]!.replace('"migrations":[', '"migrations":["29991231000000_future",');
      const file = await writeResealed("future.jsonl", edited);
      await expect(importDatabase({ url: target.url, file })).rejects.toThrow(
        "this backup was made by a newer version of the app (migration 29991231000000_future is not in prisma/migrations)",
      );
      await untouched();
    });

    it("rows the database rejects roll the whole load back (one transaction)", async () => {
      // A well-sealed file whose last table repeats a row: the primary key refuses it after everything else went in.
      const edited = await lines();
      const lastRow = edited.findLastIndex((l) => l.startsWith("["));
      edited.splice(lastRow, 0, edited[lastRow]!);
      const marker = edited.slice(0, lastRow).findLast((l) => l.startsWith('{"table":'))!;
      const header = JSON.parse(edited[0]!) as { tables: { name: string; rows: number }[] };
      const last = header.tables.find((t) => t.name === (JSON.parse(marker) as { table: string }).table)!;
      last.rows += 1;
      edited[0] = JSON.stringify(header);
      const trailer = JSON.parse(edited.at(-1)!) as { end: { rows: Record<string, number> } };
      trailer.end.rows[last.name]! += 1;
      edited[edited.length - 1] = JSON.stringify(trailer);
      const file = await writeResealed("duplicate.jsonl", edited);
      await expect(importDatabase({ url: target.url, file })).rejects.toThrow(
        new RegExp(`could not restore ${last.name}: duplicate key`),
      );
      // The schema was created (the database was blank), but no table holds a row.
      const rows = await withClient(target.url, async (c) => Object.values(await tableSnapshot(c)).flat().length);
      expect(rows).toBe(0);
    });
  });
});

// A large export streams: the response starts after the first batch, later batches are read from the database only
// as the client takes earlier ones (an entry added mid-download still appears), and the heap holds about one batch,
// not the table. EXPORT_STREAM_ROWS sets the size (default 20 000; the figure in the decision record is 100 000).
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EXPORT_BATCH_SIZE } from "../../lib/exports/organization-batches";
import { organizationExport } from "../../lib/exports/organization-export";
import { openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();
const ROWS = Number(process.env.EXPORT_STREAM_ROWS ?? 20_000);
const MB = 1024 * 1024;
// A full collection before each sample, so the figure is what the export keeps alive, not garbage awaiting collection.
v8.setFlagsFromString("--expose_gc");
const gc = vm.runInNewContext("gc") as () => void;
const retained = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

beforeAll(async () => {
  await resetDatabase(db);
  // Every row about as large as a real entry: two names, a description, a city, a channel, a host country.
  await db.$executeRaw`INSERT INTO "Country" (code) VALUES ('FR'), ('RU') ON CONFLICT DO NOTHING`;
  await db.$executeRaw`INSERT INTO "Organization" (id, slug, types, groups, status, "foundedYear", languages, "updatedAt")
    SELECT gen_random_uuid(), 'bulk-' || lpad(i::text, 7, '0'), ARRAY['CULTURAL_SOCIETY']::"OrganizationType"[], ARRAY['YOUTH']::"ServedGroup"[],
      'ACTIVE', 1900 + i % 120, ARRAY['ru', 'hy'], now()
    FROM generate_series(1, ${ROWS}) AS i`;
  await db.$executeRaw`INSERT INTO "OrganizationTranslation" ("organizationId", locale, name, description, city)
    SELECT id, 'ru', 'Общество ' || slug, repeat('Описание общества и его работы. ', 6), 'Париж' FROM "Organization"`;
  await db.$executeRaw`INSERT INTO "OrganizationTranslation" ("organizationId", locale, name) SELECT id, 'en', 'Society ' || slug FROM "Organization"`;
  await db.$executeRaw`INSERT INTO "OrganizationCountry" ("organizationId", "countryCode") SELECT id, 'FR' FROM "Organization"`;
  await db.$executeRaw`INSERT INTO "OrganizationChannel" (id, "organizationId", kind, url, languages) SELECT gen_random_uuid(), id, 'WEBSITE', 'https://' || slug || '.example.org', ARRAY['ru'] FROM "Organization"`;
}, 300_000);
afterAll(() => db.$disconnect());

it(`streams ${ROWS} organizations as CSV without holding them`, async () => {
  const baseline = retained();
  const started = performance.now();
  const response = await organizationExport(new URLSearchParams("format=csv"), "ru");
  const reader = response.body!.getReader();
  let lines = 0;
  let bytes = 0;
  let chunks = 0;
  let peak = 0;
  let firstChunkMs = 0;
  let tail = "";
  const decoder = new TextDecoder();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks++;
    if (chunks === 1) firstChunkMs = performance.now() - started;
    // After the header and the first batch: an entry whose address sorts last, added while the download runs.
    if (chunks === 2)
      await db.organization.create({
        data: {
          slug: "zzz-added-during-download",
          types: ["MEDIA"],
          translations: { create: { locale: "ru", name: "Поздняя" } },
        },
      });
    bytes += value.byteLength;
    for (const byte of value) if (byte === 0x0a) lines++;
    tail = decoder.decode(value.slice(-2000));
    if (chunks % 5 === 0) peak = Math.max(peak, retained() - baseline);
  }
  const totalMs = performance.now() - started;
  console.log(
    `export of ${ROWS} rows: ${(bytes / MB).toFixed(1)} MB in ${chunks} chunks, first chunk after ${firstChunkMs.toFixed(0)} ms, ` +
      `all after ${(totalMs / 1000).toFixed(1)} s (with a full GC every 5 chunks), peak retained heap growth ${(peak / MB).toFixed(1)} MB`,
  );
  // The header, one line per entry, and the entry added mid-download.
  expect(lines).toBe(ROWS + 2);
  expect(tail).toContain("zzz-added-during-download");
  // One chunk per batch: the body was produced batch by batch, not in one piece.
  expect(chunks).toBe(1 + Math.ceil((ROWS + 1) / EXPORT_BATCH_SIZE));
  // About one batch kept alive, whatever the size: loading the table would keep several times the export's size.
  expect(peak).toBeLessThan(32 * MB);
}, 600_000);

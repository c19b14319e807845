// Benchmark (not part of `npm test`): /stats's aggregations over a synthetic atlas of 100 000 organizations
// (countries, diasporas, types, groups, founding years, channels) and 1 000 000 events, bulk-inserted with
// generate_series. Prints each chart's time and the plan of the heaviest statement, and the slowest whole page
// against a budget. It empties the database it is given (DATABASE_URL; its name must contain "test").
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/atlas_bench_test npm run bench:stats
import { afterAll, describe, expect, it } from "vitest";
import { getChartData } from "../../lib/stats/chart-data";
import { CHART_IDS } from "../../lib/stats/charts";
import { getStats } from "../../lib/stats/get-stats";
import { openTestDatabase, resetDatabase } from "../../tests/support/database";

const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 100_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
/** Milliseconds the whole page's aggregations should take on a 2-core machine (reported, not enforced). */
const PAGE_BUDGET = Number(process.env.BENCH_BUDGET_MS ?? 10_000);

const db = openTestDatabase();
afterAll(() => db.$disconnect());

async function time<T>(label: string, run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms`);
  return [result, ms];
}

describe("statistics at scale", () => {
  it(
    `aggregates ${ORGANIZATIONS} organizations and ${EVENTS} events within the budget`,
    { timeout: 900_000 },
    async () => {
      await resetDatabase(db);
      await time("countries and 16 diasporas", async () => {
        await db.$executeRawUnsafe(`INSERT INTO "Country" (code)
        SELECT chr(65 + a) || chr(65 + b) FROM generate_series(0, 25) a, generate_series(0, 25) b`);
        await db.$executeRawUnsafe(`INSERT INTO "Diaspora" (id, slug, languages, "updatedAt")
        SELECT gen_random_uuid(), 'diaspora-' || i, '{}', now() FROM generate_series(1, 16) i`);
        await db.$executeRawUnsafe(
          `INSERT INTO "DiasporaTranslation" ("diasporaId", locale, name) SELECT id, 'en', initcap(slug) FROM "Diaspora"`,
        );
      });
      await time(`${ORGANIZATIONS} organizations`, async () => {
        await db.$executeRawUnsafe(`INSERT INTO "Organization" (id, slug, types, groups, "foundedYear", languages, "updatedAt")
        SELECT gen_random_uuid(), 'org-' || i,
          ARRAY[(enum_range(NULL::"OrganizationType"))[1 + i % 21]],
          CASE WHEN i % 3 = 0 THEN '{}' ELSE ARRAY[(enum_range(NULL::"ServedGroup"))[1 + i % 13]] END,
          CASE WHEN i % 4 = 0 THEN NULL ELSE 1900 + i % 125 END, '{}', now()
        FROM generate_series(1, ${ORGANIZATIONS}) i`);
        await db.$executeRawUnsafe(`INSERT INTO "OrganizationCountry" ("organizationId", "countryCode")
        SELECT o.id, c.code FROM (SELECT id, row_number() OVER () AS n FROM "Organization") o
        JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS k FROM "Country" LIMIT 120) c ON c.k = o.n % 120 OR c.k = (o.n * 7) % 120
        WHERE o.n % 10 <> 0`);
        await db.$executeRawUnsafe(`INSERT INTO "OrganizationDiaspora" ("organizationId", "diasporaId")
        SELECT o.id, d.id FROM (SELECT id, row_number() OVER () AS n FROM "Organization") o
        JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS k FROM "Diaspora") d ON d.k = o.n % 16
        WHERE o.n % 8 <> 0`);
        await db.$executeRawUnsafe(`INSERT INTO "OrganizationChannel" (id, "organizationId", kind, url, languages)
        SELECT gen_random_uuid(), o.id, k.kind::"ChannelKind", 'https://example.org/' || o.n || '/' || k.kind,
          CASE WHEN k.kind = 'WEBSITE' AND o.n % 3 = 0 THEN ARRAY['ru', 'en'] ELSE ARRAY['ru'] END
        FROM (SELECT id, row_number() OVER () AS n FROM "Organization") o
        CROSS JOIN (VALUES ('WEBSITE'), ('FACEBOOK'), ('TELEGRAM')) k(kind)
        WHERE (k.kind = 'WEBSITE' AND o.n % 2 = 0) OR (k.kind = 'FACEBOOK' AND o.n % 5 < 2) OR (k.kind = 'TELEGRAM' AND o.n % 7 = 0)`);
      });
      await time(`${EVENTS} events`, async () => {
        await db.$executeRawUnsafe(`INSERT INTO "Event" (id, slug, type, "startDate", "countryCode", "updatedAt")
        SELECT gen_random_uuid(), 'event-' || i, 'FESTIVAL',
          CASE WHEN i % 9 = 0 THEN NULL ELSE date '1990-01-01' + (i % 12000) END,
          chr(65 + (i % 120) / 26) || chr(65 + (i % 120) % 26), now()
        FROM generate_series(1, ${EVENTS}) i`);
        await db.$executeRawUnsafe(`INSERT INTO "EventDiaspora" ("eventId", "diasporaId")
        SELECT e.id, d.id FROM (SELECT id, row_number() OVER () AS n FROM "Event") e
        JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS k FROM "Diaspora") d ON d.k = e.n % 16`);
        await db.$executeRawUnsafe(`ANALYZE`);
      });

      for (const id of CHART_IDS) await time(`chart ${id}`, () => getChartData(id, {}, "ru"));
      const [all, ms] = await time("whole page, all charts in parallel", () => getStats({}, "ru"));
      expect(all.organizations).toBe(ORGANIZATIONS);
      expect(all.events).toBe(EVENTS);
      const [, diasporaMs] = await time("whole page, ?diaspora=diaspora-3", () =>
        getStats({ diaspora: "diaspora-3" }, "ru"),
      );
      const [, countryMs] = await time("whole page, ?country=AB", () => getStats({ country: "AB" }, "ru"));
      const slowest = Math.max(ms, diasporaMs, countryMs);
      console.log(
        `slowest whole page: ${slowest.toFixed(0)} ms; budget ${PAGE_BUDGET} ms: ${slowest <= PAGE_BUDGET ? "within" : "OVER"}`,
      );
    },
  );
});

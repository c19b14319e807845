// npm run bench — the performance benchmark of issue #6, in one run on one machine (docs/PERFORMANCE.md):
//  (a) the data set in BENCH_DATABASE_URL (generated once per scale and seed, then reused), analyzed;
//  (b) the production build (built when missing) served by scripts/start.ts on a free port;
//  (c) search API against its own SQL, pages under load, JS per page, Lighthouse, plans of the hot queries;
//  (d) docs/PERFORMANCE.md (the generated section) and docs/perf/results.json.
// Flags: --scale=small (2 000 organizations, 20 000 events; writes to /tmp/atlas-bench-small unless --out),
// --skip-lighthouse, --build (rebuild), --regenerate, --seconds=N (load per page and concurrency),
// --repetitions=N (timed requests per search query), --out=DIR, --report-only (rewrite the document from
// DIR/perf/results.json without measuring).
// Runs under the react-server condition (package.json) so the app's server-only modules load here.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { getOverview } from "../../lib/overview/get-overview";
import { listHostCountries } from "../../lib/countries/list-host-countries";
import { getEventFacets } from "../../lib/events/event-facets";
import { whenScope } from "../../lib/events/filter-sql";
import { listEvents } from "../../lib/events/list-events";
import { getOrganizationFacets } from "../../lib/organizations/organization-facets";
import { listOrganizations } from "../../lib/organizations/list-organizations";
import { searchEndpoint } from "../../lib/api/search";
import { runScript } from "../db/database";
import { generateDatabase, readMarker } from "./generate/load";
import { measureApiPages } from "./measure/api-pages";
import { measureColdSearch } from "./measure/cold-search";
import { measureBundles } from "./measure/bundles";
import { measureLighthouse } from "./measure/lighthouse";
import { measurePages, settle, type PageTarget } from "./measure/pages";
import { explainScenarios, type Scenario } from "./measure/plans";
import { measureSearch } from "./measure/search";
import { ensureBuild, freePort, startServer } from "./measure/server";
import { pooledSearch, renderResults, writeReport, type BenchResults } from "./report";
import { SCALES, type ScaleName } from "./scales";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "full" },
    "skip-lighthouse": { type: "boolean", default: false },
    build: { type: "boolean", default: false },
    regenerate: { type: "boolean", default: false },
    seconds: { type: "string" },
    repetitions: { type: "string" },
    out: { type: "string" },
    "report-only": { type: "boolean", default: false },
  },
});

const log = (line: string) => console.log(line);
const step = (title: string) => console.log(`\n== ${title}`);

/** The filtered lists the load test requests, as the pages call the data layer for them. */
const ORG_FILTERS = { country: "DE", diaspora: "armenian" } as const;
const EVENT_RANGE = { from: "2024-01-01", to: "2024-03-31" } as const;

async function datasetCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const count = async (table: string) =>
      Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    return {
      organizations: await count("Organization"),
      "organization translations": await count("OrganizationTranslation"),
      events: await count("Event"),
      "event translations": await count("EventTranslation"),
      diasporas: await count("Diaspora"),
      "host countries": Number(
        (await client.query(`SELECT count(DISTINCT "countryCode") AS n FROM "OrganizationCountry"`)).rows[0].n,
      ),
    };
  } finally {
    await client.end();
  }
}

async function queryOne<T>(url: string, sql: string): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

/** --report-only: the document again from the saved figures (after a change to the report's layout). */
async function reportOnly(outDir: string) {
  const results = JSON.parse(await readFile(path.join(outDir, "perf", "results.json"), "utf8")) as BenchResults;
  await writeReport(path.join(outDir, "PERFORMANCE.md"), renderResults(results));
  log(`rewrote ${path.join(outDir, "PERFORMANCE.md")} from ${path.join(outDir, "perf", "results.json")}`);
}

await runScript(async () => {
  if (values["report-only"]) return reportOnly(path.resolve(values.out ?? path.join(ROOT, "docs")));
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const scaleName = values.scale as ScaleName;
  const scale = SCALES[scaleName];
  if (!scale) throw new Error(`--scale takes ${Object.keys(SCALES).join(" or ")}`);
  const small = scaleName !== "full";
  const url =
    process.env.BENCH_DATABASE_URL ??
    `postgresql://postgres@127.0.0.1:5432/${small ? "atlas_bench_small" : "atlas_bench"}`;
  const seconds = Number(values.seconds ?? (small ? 4 : 10));
  const repetitions = Number(values.repetitions ?? (small ? 8 : 10));
  const outDir = path.resolve(values.out ?? (small ? "/tmp/atlas-bench-small" : path.join(ROOT, "docs")));
  process.env.DATABASE_URL = url; // the in-process data layer (plans) reads it

  step(`Data set (${scaleName}: ${scale.organizations} organizations, ${scale.events} events) in ${url}`);
  let marker = await readMarker(url);
  const fits =
    marker &&
    marker.organizations === scale.organizations &&
    marker.events === scale.events &&
    marker.seed === scale.seed;
  if (!fits || values.regenerate) marker = await generateDatabase(url, { ...scale, log });
  else log(`already loaded on ${marker!.loadedAt} (${marker!.rows} rows in ${marker!.seconds.total} s): reusing it`);
  await queryOne(url, "ANALYZE");
  const counts = await datasetCounts(url);
  log(JSON.stringify(counts));

  step("Build");
  const builtNow = await ensureBuild(values.build);
  log(builtNow ? "built" : "reusing the existing production build (pass --build to rebuild)");
  const bundles = await measureBundles(log);

  // The ceiling: the home page's HTML as a file in public/, served by the same server without rendering.
  const publicDir = path.join(ROOT, "public");
  const staticFile = path.join(publicDir, "bench-static.html");
  const createdPublic = !(await import("node:fs")).existsSync(publicDir);
  await mkdir(publicDir, { recursive: true });
  await writeFile(staticFile, "placeholder");
  const port = await freePort(3200, 3299);
  step(`Server on port ${port}`);
  const server = await startServer(url, port);
  let results: BenchResults;
  try {
    const home = await (await fetch(`${server.origin}/ru`)).text();
    await writeFile(staticFile, home);
    const served = await (await fetch(`${server.origin}/bench-static.html`)).text();
    if (served !== home) throw new Error("public/bench-static.html is not served as written");

    const { slug } = await queryOne<{ slug: string }>(
      url,
      `SELECT o.slug FROM "Organization" o JOIN "EventOrganizer" e ON e."organizationId" = o.id GROUP BY o.slug ORDER BY count(*) DESC, o.slug LIMIT 1`,
    );

    step("Search: API and SQL");
    const queries = await measureSearch(server.origin, url, repetitions, log);

    step("Search: queries never seen before");
    const coldSearch = await measureColdSearch(url, small ? 20 : 60, log);

    step("Pages under load");
    const targets: PageTarget[] = [
      { id: "home", label: "Home", path: "/ru" },
      {
        id: "organizations",
        label: "Organization list, filtered",
        path: `/ru/organizations?country=${ORG_FILTERS.country}&diaspora=${ORG_FILTERS.diaspora}`,
      },
      { id: "organization", label: "Organization page", path: `/ru/organizations/${slug}` },
      {
        id: "events",
        label: "Events by date range",
        path: `/ru/events?from=${EVENT_RANGE.from}&to=${EVENT_RANGE.to}&when=all`,
      },
      { id: "static", label: "Static copy of home (ceiling)", path: "/bench-static.html" },
    ];
    const pages = await measurePages(server.origin, targets, seconds, "/bench-static.html", log);

    let lighthouse = null;
    if (!values["skip-lighthouse"]) {
      step("Lighthouse");
      lighthouse = await measureLighthouse(
        server.origin,
        [
          { label: "Home", path: "/ru" },
          { label: "Organization list", path: "/ru/organizations" },
          { label: "Organization page", path: `/ru/organizations/${slug}` },
          { label: "Event search", path: `/ru/events?q=${encodeURIComponent("фестиваль")}` },
        ],
        log,
      );
    }

    await settle(server.origin + "/bench-static.html");
    step("Deep pages of the API");
    const apiPages = await measureApiPages(small ? [2, 50, 150] : [2, 100, 1_000, 5_000, 10_000], repetitions, log);

    step("Query plans");
    const today = new Date().toISOString().slice(0, 10);
    const scenarios: Scenario[] = [
      {
        id: "search",
        label: `Search API: q=${queries[0]!.q}`,
        run: () => searchEndpoint(new URL(`http://bench/api/v1/search?q=${encodeURIComponent(queries[0]!.q)}`)),
      },
      {
        id: "organizations",
        label: `Organization list: ${new URLSearchParams(ORG_FILTERS)}`,
        run: () =>
          Promise.all([
            listOrganizations({
              locale: "ru",
              filters: ORG_FILTERS,
              matchedIds: null,
              sort: "name",
              page: 1,
              pageSize: 25,
            }),
            getOrganizationFacets({ locale: "ru", filters: ORG_FILTERS, matchedIds: null }),
          ]),
      },
      {
        id: "events",
        label: `Events by date range: ${new URLSearchParams(EVENT_RANGE)}`,
        run: () =>
          Promise.all([
            getEventFacets({ locale: "ru", filters: EVENT_RANGE, scope: whenScope("all", today), matchedIds: null }),
            listEvents({
              locale: "ru",
              filters: EVENT_RANGE,
              matchedIds: null,
              when: "all",
              today,
              page: 1,
              pageSize: 50,
            }),
          ]),
      },
      {
        id: "home",
        label: "Home: counts, host countries, upcoming and past events",
        run: () =>
          Promise.all([
            getOverview("ru"),
            listHostCountries("ru"),
            listEvents({ locale: "ru", when: "upcoming", today, page: 1, pageSize: 5 }),
            listEvents({ locale: "ru", when: "past", today, page: 1, pageSize: 5 }),
          ]),
      },
    ];
    const plans = await explainScenarios(url, scenarios, log);

    const pg15 = await queryOne<{ server_version: string }>(url, "SHOW server_version");
    results = {
      scale: scaleName,
      startedAt: startedAt.toISOString(),
      durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? "unknown",
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: pg15.server_version,
        loadBefore,
        loadAfter: os.loadavg(),
      },
      dataset: { marker: marker!, counts, generatedNow: !fits || values.regenerate },
      build: { builtNow },
      search: { repetitions, queries, pooled: pooledSearch(queries) },
      pages: {
        seconds,
        staticCeiling:
          "`/bench-static.html`, the home page's HTML saved as a file in public/ and served by the same Next.js server (all [locale] pages are dynamic: the layout reads the session)",
        results: pages,
      },
      bundles,
      lighthouse,
      plans,
      apiPages,
      coldSearch,
    };
  } finally {
    await server.stop();
    await rm(createdPublic ? publicDir : staticFile, { recursive: true, force: true });
  }

  step("Report");
  await mkdir(path.join(outDir, "perf"), { recursive: true });
  await writeFile(path.join(outDir, "perf", "results.json"), `${JSON.stringify(results, null, 1)}\n`);
  await writeReport(path.join(outDir, "PERFORMANCE.md"), renderResults(results));
  log(
    `wrote ${path.join(outDir, "PERFORMANCE.md")} and ${path.join(outDir, "perf", "results.json")} (${results.durationSeconds} s)`,
  );
});

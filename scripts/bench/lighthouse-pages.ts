// npm run bench:lighthouse — Lighthouse alone on the four pages of issue #6's front-end budget, several runs per page
// and form factor (medians), with what moved (layout-shift elements) and what ran on the main thread, so a
// front-end change can be measured before/after without the whole benchmark. Needs a build (NEXT_DIST_DIR) and a
// bench database (BENCH_DATABASE_URL, e.g. from `npm run bench -- --scale=small`).
// Flags: --runs=N (default 3), --port=N, --out=FILE (the JSON of every run).
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import lighthouse, { desktopConfig } from "lighthouse";
import pg from "pg";
import { launchChrome } from "./measure/lighthouse";
import { freePort, startServer } from "./measure/server";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "3" }, port: { type: "string" }, out: { type: "string" } },
});
const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/atlas_bench_small";
const runs = Number(values.runs);

type Details = { items?: Record<string, unknown>[] };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const client = new pg.Client({ connectionString: url });
await client.connect();
const { rows } = await client.query<{ slug: string }>(
  `SELECT o.slug FROM "Organization" o JOIN "EventOrganizer" e ON e."organizationId" = o.id GROUP BY o.slug ORDER BY count(*) DESC, o.slug LIMIT 1`,
);
await client.end();
const pages = [
  { label: "Home", path: "/ru" },
  { label: "Organization list", path: "/ru/organizations" },
  { label: "Organization page", path: `/ru/organizations/${rows[0]!.slug}` },
  { label: "Event search", path: `/ru/events?q=${encodeURIComponent("фестиваль")}` },
];

const port = values.port ? Number(values.port) : await freePort(3900, 3999);
const server = await startServer(url, port);
const chrome = await launchChrome();
const all: unknown[] = [];
try {
  for (const page of pages) {
    await (await fetch(server.origin + page.path)).arrayBuffer();
    const html = await (await fetch(server.origin + page.path)).text();
    console.log(`${page.label} ${page.path}: HTML ${(html.length / 1024).toFixed(1)} KB`);
    for (const formFactor of ["desktop", "mobile"] as const) {
      const results: { perf: number; lcp: number; tbt: number; cls: number; fcp: number }[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          server.origin + page.path,
          { port: chrome.port, output: "json", logLevel: "error" },
          formFactor === "desktop" ? desktopConfig : undefined,
        );
        const lhr = result!.lhr;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const shifts = ((lhr.audits["layout-shifts"]?.details as Details | undefined)?.items ?? []).map((item) => {
          const node = item.node as { selector?: string; snippet?: string } | undefined;
          const causes = ((item.subItems as Details | undefined)?.items ?? []).map(
            (sub) => `${sub.cause}: ${JSON.stringify(sub.extra).slice(0, 120)}`,
          );
          return `${Number(item.score).toFixed(3)} ${node?.selector ?? ""} ${(node?.snippet ?? "").slice(0, 80)} ${causes.join("; ")}`;
        });
        const shiftAudit = lhr.audits["layout-shifts"];
        if (!shiftAudit || shiftAudit.scoreDisplayMode === "error")
          shifts.push(`(layout-shifts audit: ${shiftAudit?.errorMessage ?? "missing"})`);
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map((a) => a.id);
        const row = {
          page: page.label,
          formFactor,
          run: i + 1,
          perf: score("performance"),
          a11y: score("accessibility"),
          bp: score("best-practices"),
          seo: score("seo"),
          fcp: Math.round(lhr.audits["first-contentful-paint"]!.numericValue!),
          lcp: Math.round(lhr.audits["largest-contentful-paint"]!.numericValue!),
          tbt: Math.round(lhr.audits["total-blocking-time"]!.numericValue!),
          cls: Math.round(lhr.audits["cumulative-layout-shift"]!.numericValue! * 1000) / 1000,
          shifts,
          failed,
          mainThread: ((lhr.audits["mainthread-work-breakdown"]?.details as Details | undefined)?.items ?? [])
            .slice(0, 5)
            .map((x) => `${x.groupLabel} ${Math.round(Number(x.duration))}`),
          bootup: ((lhr.audits["bootup-time"]?.details as Details | undefined)?.items ?? [])
            .slice(0, 4)
            .map((x) => `${String(x.url).replace(server.origin, "")} ${Math.round(Number(x.total))}`),
        };
        results.push(row);
        all.push(row);
        console.log(
          `  ${formFactor.padEnd(7)} #${i + 1} perf ${row.perf} a11y ${row.a11y} bp ${row.bp} seo ${row.seo} FCP ${row.fcp} LCP ${row.lcp} TBT ${row.tbt} CLS ${row.cls}${failed.length ? ` failed: ${failed.join(",")}` : ""}`,
        );
        for (const shift of shifts) console.log(`      shift ${shift}`);
      }
      const m = (k: "perf" | "lcp" | "tbt" | "cls" | "fcp") => median(results.map((r) => r[k]));
      console.log(
        `  ${formFactor.padEnd(7)} MEDIAN perf ${m("perf")} FCP ${m("fcp")} LCP ${m("lcp")} TBT ${m("tbt")} CLS ${m("cls")}`,
      );
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
  if (values.out) await writeFile(values.out, JSON.stringify(all, null, 1));
}

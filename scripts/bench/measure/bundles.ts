// Item 4: JavaScript each public page ships, gzipped, from the production build. Next writes every App Router
// route's first-load chunks to .next/diagnostics/route-bundle-stats.json; the framework's shared chunks are the
// build manifest's rootMainFiles (loaded by every page). Beyond those, a page loads the chunks of its layouts
// (here the [locale] layout: header, search box, locale switcher — the same on every public page) and its own.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DIST_DIR } from "./server";

export type BundleReport = {
  shared: { file: string; gzip: number }[];
  sharedGzip: number;
  /** Chunks every public page loads beyond the framework's (the layouts'). */
  layout: { file: string; gzip: number }[];
  layoutGzip: number;
  pages: { route: string; ownGzip: number; withLayoutGzip: number; files: string[] }[];
};

/** Pages for staff (curation, moderation, accounts) are not public; the rest is. */
const STAFF = /\/(admin|curate|moderate|account|dev|invitations|reset-password|forgot-password|sign-in)(\/|$)/;

export async function measureBundles(log: (line: string) => void): Promise<BundleReport> {
  const root = path.dirname(DIST_DIR);
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const stats = JSON.parse(readFileSync(path.join(DIST_DIR, "diagnostics", "route-bundle-stats.json"), "utf8")) as {
    route: string;
    firstLoadChunkPaths: string[];
  }[];
  const gz = new Map<string, number>();
  const gzip = (projectPath: string) => {
    if (!gz.has(projectPath)) gz.set(projectPath, gzipSync(readFileSync(path.join(root, projectPath))).length);
    return gz.get(projectPath)!;
  };
  const sharedPaths = manifest.rootMainFiles
    .filter((f) => f.endsWith(".js"))
    .map((f) => path.relative(root, path.join(DIST_DIR, f)));
  const shared = new Set(sharedPaths);
  const publicRoutes = stats
    .filter((s) => s.route.startsWith("/[locale]") && !STAFF.test(s.route))
    .sort((a, b) => a.route.localeCompare(b.route));
  // Chunks common to every public page beyond the framework's: the layouts' code.
  const beyond = publicRoutes.map((s) => s.firstLoadChunkPaths.filter((f) => !shared.has(f)));
  const common = new Set(beyond[0] ?? []);
  for (const files of beyond.slice(1)) for (const f of [...common]) if (!files.includes(f)) common.delete(f);
  const sum = (files: string[]) => files.reduce((n, f) => n + gzip(f), 0);
  const pages = publicRoutes.map((s, i) => {
    const files = beyond[i]!.filter((f) => !common.has(f));
    return { route: s.route, ownGzip: sum(files), withLayoutGzip: sum(beyond[i]!), files };
  });
  const report: BundleReport = {
    shared: sharedPaths.map((file) => ({ file, gzip: gzip(file) })),
    sharedGzip: sum(sharedPaths),
    layout: [...common].map((file) => ({ file, gzip: gzip(file) })),
    layoutGzip: sum([...common]),
    pages,
  };
  log(
    `  framework ${(report.sharedGzip / 1024).toFixed(1)} KB gz, layouts ${(report.layoutGzip / 1024).toFixed(1)} KB gz`,
  );
  for (const p of pages)
    log(
      `  ${p.route.padEnd(40)} own ${(p.ownGzip / 1024).toFixed(1)} KB, with layouts ${(p.withLayoutGzip / 1024).toFixed(1)} KB`,
    );
  return report;
}

// Item 5: Lighthouse 12 (programmatic, headless Chromium from the system) on the public pages, with the desktop
// and the default mobile settings: the four category scores and LCP, TBT, CLS. Each page is loaded once before
// (so a cold server cache does not count) and audited once per form factor.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

export type LighthouseRow = {
  page: string;
  path: string;
  formFactor: "desktop" | "mobile";
  scores: Record<"performance" | "accessibility" | "best-practices" | "seo", number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Failed audits of the non-performance categories, so a score below 100 says why. */
  failed: string[];
  /** Console errors Lighthouse saw (best practices: errors-in-console), so the report can name them. */
  consoleErrors?: string[];
};

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** The system Chromium, headless, for Lighthouse (CHROME_PATH overrides). */
export function launchChrome() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--no-default-browser-check",
    ],
  });
}

export async function measureLighthouse(
  origin: string,
  pages: { label: string; path: string }[],
  log: (line: string) => void,
): Promise<LighthouseRow[]> {
  const chrome = await launchChrome();
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      await (await fetch(origin + page.path)).arrayBuffer();
      for (const formFactor of ["desktop", "mobile"] as const) {
        let lhr;
        try {
          const result = await lighthouse(
            origin + page.path,
            { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
            formFactor === "desktop" ? desktopConfig : undefined,
          );
          lhr = result?.lhr;
          if (!lhr) throw new Error("no result");
        } catch (error) {
          // One page failing (a server error, a timeout) must not lose the other measurements.
          const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
          log(`  ${page.label.padEnd(24)} ${formFactor.padEnd(7)} FAILED: ${message}`);
          rows.push({
            page: page.label,
            path: page.path,
            formFactor,
            scores: { performance: null, accessibility: null, "best-practices": null, seo: null },
            lcpMs: null,
            tbtMs: null,
            cls: null,
            failed: [`run failed: ${message}`],
          });
          continue;
        }
        if (lhr.runtimeError) log(`  ${page.label}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const score = (id: string) =>
          lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id]!.score! * 100);
        const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
        const failed = CATEGORIES.filter((c) => c !== "performance").flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}: ${ref.id}`),
        );
        const row: LighthouseRow = {
          page: page.label,
          path: page.path,
          formFactor,
          scores: {
            performance: score("performance"),
            accessibility: score("accessibility"),
            "best-practices": score("best-practices"),
            seo: score("seo"),
          },
          lcpMs: numeric("largest-contentful-paint") === null ? null : Math.round(numeric("largest-contentful-paint")!),
          tbtMs: numeric("total-blocking-time") === null ? null : Math.round(numeric("total-blocking-time")!),
          cls:
            numeric("cumulative-layout-shift") === null
              ? null
              : Math.round(numeric("cumulative-layout-shift")! * 1000) / 1000,
          failed,
          consoleErrors: (
            (
              lhr.audits["errors-in-console"]?.details as
                { items?: { description?: string; url?: string }[] } | undefined
            )?.items ?? []
          ).map((item) => `${item.description ?? ""} ${item.url ?? ""}`.trim().slice(0, 200)),
        };
        rows.push(row);
        log(
          `  ${page.label.padEnd(24)} ${formFactor.padEnd(7)} perf ${row.scores.performance} a11y ${row.scores.accessibility} bp ${row.scores["best-practices"]} seo ${row.scores.seo}  LCP ${row.lcpMs} ms TBT ${row.tbtMs} ms CLS ${row.cls}${failed.length ? `  (${failed.join(", ")})` : ""}`,
        );
      }
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

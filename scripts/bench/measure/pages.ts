// Item 3: server-rendered pages under load (autocannon), at 1 and 16 connections, each after a warm-up; latency
// percentiles from every response's own time, throughput as responses ÷ wall-clock time. A static copy of the
// home page served by the same Next.js server (a file in public/) is the ceiling each page is compared with.
// Next.js keeps rendering requests whose client has gone, so after each run the harness waits until the server
// answers the static file quickly again: a slow page's backlog must not be billed to the next measurement.
import autocannon from "autocannon";
import { summarize, timed, type Summary } from "./stats";

export type PageTarget = { id: string; label: string; path: string };
export type LoadRun = {
  connections: number;
  /** "duration": for `seconds`; "amount": a fixed number of requests, for a page too slow to give enough in that time. */
  mode: "duration" | "amount";
  seconds: number;
  responses: number;
  throughput: number;
  latency: Summary;
  errors: number;
  non2xx: number;
};
export type PageResult = PageTarget & { singleRequestMs: number; runs: LoadRun[] };

/**
 * Fewest responses a run should have: twenty one at a time; at 16 connections one round per connection (a page
 * that takes seconds would otherwise hold the run for many minutes on this machine).
 */
const MIN_RESPONSES: Record<number, number> = { 1: 20, 16: 16 };

async function load(
  url: string,
  connections: number,
  limit: { seconds: number } | { amount: number },
): Promise<LoadRun> {
  const times: number[] = [];
  const started = performance.now();
  const instance = autocannon({
    url,
    connections,
    timeout: 120,
    ...("seconds" in limit ? { duration: limit.seconds } : { amount: limit.amount }),
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  return {
    connections,
    mode: "seconds" in limit ? "duration" : "amount",
    seconds: Math.round(seconds * 10) / 10,
    responses: times.length,
    throughput: Math.round((times.length / seconds) * 100) / 100,
    latency: summarize(times),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Waits (up to two minutes) until the server answers `probe` three times in a row within 250 ms. */
export async function settle(probe: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  let fast = 0;
  while (fast < 3 && Date.now() < deadline) {
    const ms = await timed(async () => (await fetch(probe)).arrayBuffer());
    fast = ms < 250 ? fast + 1 : 0;
    if (fast < 3) await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

export async function measurePages(
  origin: string,
  targets: PageTarget[],
  seconds: number,
  probe: string,
  log: (line: string) => void,
): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const target of targets) {
    const url = origin + target.path;
    await settle(origin + probe);
    await load(url, 4, { amount: 8 }); // warm-up
    await settle(origin + probe);
    const single = Math.min(
      await timed(async () => (await fetch(url)).arrayBuffer()),
      await timed(async () => (await fetch(url)).arrayBuffer()),
    );
    const runs: LoadRun[] = [];
    for (const connections of [1, 16]) {
      await settle(origin + probe);
      // Two cores serve at most about twice one request's rate, whatever the concurrency.
      const expected = ((seconds * 1000) / single) * Math.min(connections, 2);
      const min = MIN_RESPONSES[connections]!;
      const run = await load(url, connections, expected >= min ? { seconds } : { amount: min });
      runs.push(run);
      log(
        `  ${target.label.padEnd(34)} c=${String(connections).padEnd(2)} ${String(run.throughput).padStart(7)} req/s, p50 ${run.latency.median} ms, p95 ${run.latency.p95} ms (${run.responses} in ${run.seconds} s${run.mode === "amount" ? ", fixed count" : ""})${run.non2xx || run.errors ? `, ${run.non2xx} non-2xx, ${run.errors} errors` : ""}`,
      );
    }
    results.push({ ...target, singleRequestMs: Math.round(single), runs });
  }
  await settle(origin + probe);
  return results;
}

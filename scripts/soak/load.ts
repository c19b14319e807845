// A bounded load: a fixed number of concurrent clients, optionally paced to a rate, each picking a public read
// or (at the given share) a curator write, and recording every response.

export type Kind = "page" | "api" | "write";
export type Sample = { kind: Kind; path: string; start: number; end: number; status: number; outcome: string };

export type Catalog = {
  organizations: string[];
  diasporas: string[];
  countries: string[];
  events: string[];
  searches: string[];
  locales: readonly string[];
};

export type LoadOptions = {
  durationMs: number;
  concurrency: number;
  /** Requests per second across all clients; null: as fast as the clients go. */
  rate: number | null;
  writeShare: number;
  read: (signal: AbortSignal) => Promise<Omit<Sample, "start" | "end">>;
  write: (signal: AbortSignal) => Promise<Omit<Sample, "start" | "end">>;
  onSample: (sample: Sample) => void;
};

const REQUEST_TIMEOUT_MS = 15_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runLoad(options: LoadOptions): Promise<void> {
  const started = performance.now();
  const endAt = started + options.durationMs;
  const interval = options.rate ? 1_000 / options.rate : 0;
  let nextSlot = started;
  const client = async () => {
    while (performance.now() < endAt) {
      if (interval) {
        const now = performance.now();
        // A client that fell behind does not burst to catch up: at most one interval of backlog.
        const slot = Math.max(nextSlot, now - interval);
        nextSlot = slot + interval;
        if (slot > now) await sleep(slot - now);
        if (performance.now() >= endAt) break;
      }
      const isWrite = Math.random() < options.writeShare;
      const start = Date.now();
      const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
      let result: Omit<Sample, "start" | "end">;
      try {
        result = await (isWrite ? options.write(signal) : options.read(signal));
      } catch (error) {
        result = { kind: isWrite ? "write" : "page", path: "?", status: 0, outcome: `error:${(error as Error).name}` };
      }
      options.onSample({ ...result, start, end: Date.now() });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** A public read: home, lists with filters, profiles, search, the API — weighted like a directory's traffic. */
export function randomRead(c: Catalog): { kind: Kind; path: string } {
  const locale = pick(c.locales);
  const r = Math.random();
  if (r < 0.1) return { kind: "page", path: `/${locale}` };
  if (r < 0.3) {
    const filters = [
      `diaspora=${pick(c.diasporas)}`,
      `country=${pick(c.countries)}`,
      "",
      `diaspora=${pick(c.diasporas)}&country=${pick(c.countries)}`,
    ];
    const query = pick(filters);
    return { kind: "page", path: `/${locale}/organizations${query ? `?${query}` : ""}` };
  }
  if (r < 0.5) return { kind: "page", path: `/${locale}/organizations/${pick(c.organizations)}` };
  if (r < 0.58) return { kind: "page", path: `/${locale}/diasporas/${pick(c.diasporas)}` };
  if (r < 0.66) return { kind: "page", path: `/${locale}/countries/${pick(c.countries)}` };
  if (r < 0.72)
    return {
      kind: "page",
      path: c.events.length && Math.random() < 0.5 ? `/${locale}/events/${pick(c.events)}` : `/${locale}/events`,
    };
  if (r < 0.82) return { kind: "page", path: `/${locale}/search?q=${encodeURIComponent(pick(c.searches))}` };
  const api = [
    `/api/v1/organizations?diaspora=${pick(c.diasporas)}`,
    `/api/v1/organizations/${pick(c.organizations)}`,
    `/api/v1/search?q=${encodeURIComponent(pick(c.searches))}`,
    "/api/v1/diasporas",
    "/api/v1/countries",
    "/api/v1/events",
  ];
  return { kind: "api", path: pick(api) };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarize(samples: Sample[], seconds: number) {
  const latencies = samples.map((s) => s.end - s.start).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  return {
    requests: samples.length,
    ratePerSecond: Math.round((samples.length / seconds) * 10) / 10,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? 0,
    },
    statuses,
  };
}

export { sleep };

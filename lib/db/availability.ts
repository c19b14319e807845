// Is the database reachable right now? One watcher per process holds its own connection to the database: the
// connection drops the moment PostgreSQL stops, so pages can answer "unavailable" at once instead of waiting for
// a pool timeout, and while it is down the watcher reconnects every half second, so the app serves again within
// a second of the database's return (the pool opens fresh connections on demand; no restart).
// Not "server-only": proxy.ts reads it too. State lives on globalThis because the proxy and the app may be
// bundled separately into the same process; if they are not, each bundle runs its own watcher.
import pg from "pg";

export type DatabaseState = "up" | "down" | "unknown";

type Watcher = {
  url: string;
  state: DatabaseState;
  since: number;
  client: pg.Client | null;
  connecting: Promise<void> | null;
  /** The probe in flight: callers at the same moment share it (one query at a time on the connection). */
  probing: Promise<{ state: DatabaseState; latencyMs: number | null }> | null;
  timer: ReturnType<typeof setTimeout> | null;
  stopped: boolean;
  /** Timeouts in a row (a slow answer), as opposed to a refused or cut connection. */
  timeouts: number;
};

/** How long the watcher waits between attempts while the database is down. */
export const RETRY_MS = 500;
/** Bound on connecting and on a probe query: a blackholed host must not hang a health check. */
export const PROBE_TIMEOUT_MS = 1_000;
/** A refused or cut connection means down at once; a timeout only when repeated (one slow answer on a busy machine is not an outage). */
const TIMEOUTS_FOR_DOWN = 2;

const store = globalThis as unknown as { atlasDbWatcher?: Watcher };

function setState(watcher: Watcher, state: DatabaseState) {
  if (watcher.state !== state) {
    watcher.state = state;
    watcher.since = Date.now();
  }
}

const isTimeout = (error: unknown) => error instanceof Error && /timeout|timed out/i.test(error.message);

function failed(watcher: Watcher, error: unknown) {
  if (isTimeout(error) && ++watcher.timeouts < TIMEOUTS_FOR_DOWN) return;
  setState(watcher, "down");
}

function answered(watcher: Watcher) {
  watcher.timeouts = 0;
  setState(watcher, "up");
}

function scheduleRetry(watcher: Watcher) {
  if (watcher.stopped || watcher.timer) return;
  watcher.timer = setTimeout(() => {
    watcher.timer = null;
    void connect(watcher);
  }, RETRY_MS);
  watcher.timer.unref?.();
}

/** The watcher's connection broke (the server closed it, or a probe on it failed with `error`). */
function lost(watcher: Watcher, client: pg.Client, error?: unknown) {
  if (watcher.client !== client) return;
  watcher.client = null;
  client.end().catch(() => {});
  if (error === undefined) {
    // A dropped idle connection alone is no outage (an idle timeout, a pooler, a terminated backend): reconnect at
    // once. A stopping or stopped server refuses the new connection, which marks the database down just as fast.
    void connect(watcher);
    return;
  }
  failed(watcher, error);
  scheduleRetry(watcher);
}

/** Opens the watcher's connection; "up" only once a query answers (a starting server refuses with 57P03). */
function connect(watcher: Watcher): Promise<void> {
  if (watcher.stopped || watcher.client) return Promise.resolve();
  watcher.connecting ??= (async () => {
    const client = new pg.Client({
      connectionString: watcher.url,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
      application_name: "atlas-health",
    });
    client.on("error", () => lost(watcher, client));
    client.on("end", () => lost(watcher, client));
    try {
      await client.connect();
      await client.query("select 1");
      if (watcher.stopped) {
        await client.end();
        return;
      }
      // The watcher must never keep a process alive (a script that used the database and is done must exit).
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      watcher.client = client;
      answered(watcher);
    } catch (error) {
      client.end().catch(() => {});
      failed(watcher, error);
      scheduleRetry(watcher);
    }
  })().finally(() => {
    watcher.connecting = null;
  });
  return watcher.connecting;
}

/** Starts watching `url` (once per process); later calls with the same URL return the running watcher. */
export function watchDatabase(url: string): Watcher {
  const current = store.atlasDbWatcher;
  if (current && current.url === url && !current.stopped) return current;
  if (current) stopWatching();
  const watcher: Watcher = {
    url,
    state: "unknown",
    since: Date.now(),
    client: null,
    connecting: null,
    probing: null,
    timer: null,
    stopped: false,
    timeouts: 0,
  };
  store.atlasDbWatcher = watcher;
  void connect(watcher);
  return watcher;
}

function watcherFor(url = process.env.DATABASE_URL): Watcher | null {
  return url ? watchDatabase(url) : null;
}

/** The last known state, without waiting: what the proxy checks on every page request. */
export function databaseState(url?: string): DatabaseState {
  return watcherFor(url)?.state ?? "unknown";
}

/** True only when the database is known to be unreachable. */
export function isDatabaseDown(url?: string): boolean {
  return databaseState(url) === "down";
}

/**
 * Checks the database now (a `select 1` on the watcher's connection, reconnecting if needed), bounded by
 * PROBE_TIMEOUT_MS. Call it after an unexpected error to learn whether the database is the cause. The result is
 * this check's own ("down": no answer in time); the shared state follows the rules of `failed`.
 */
export async function probeDatabase(url?: string): Promise<{ state: DatabaseState; latencyMs: number | null }> {
  const watcher = watcherFor(url);
  if (!watcher) return { state: "unknown", latencyMs: null };
  watcher.probing ??= probe(watcher).finally(() => {
    watcher.probing = null;
  });
  return watcher.probing;
}

async function probe(watcher: Watcher): Promise<{ state: DatabaseState; latencyMs: number | null }> {
  const started = performance.now();
  if (!watcher.client) await connect(watcher);
  const client = watcher.client;
  if (!client) return { state: "down", latencyMs: null };
  try {
    await client.query("select 1");
    answered(watcher);
    return { state: "up", latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    lost(watcher, client, error);
    return { state: "down", latencyMs: null };
  }
}

/** A pool or query error: if it came from a lost connection, check the database so pages stop trying it. */
export function noteDatabaseError(error: unknown, url?: string): void {
  if (isConnectionError(error)) void probeDatabase(url);
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "P1001",
  "P1002",
  "P1017",
]);
const CONNECTION_MESSAGES =
  /connection terminated|connection refused|ECONNREFUSED|timeout exceeded when trying to connect|Connection terminated|terminating connection|the database system is (starting up|shutting down)|Can't reach database server|Server has closed the connection/i;

/** Whether an error (pg's, Prisma's wrapping of it, or a cause chain) means the database could not be reached. */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
  if (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && CONNECTION_CODES.has(e.originalCode)) return true;
  if (typeof e.message === "string" && CONNECTION_MESSAGES.test(e.message)) return true;
  return isConnectionError(e.cause, depth + 1);
}

/** Stops the watcher (tests, and processes that end). */
export function stopWatching(): void {
  const watcher = store.atlasDbWatcher;
  if (!watcher) return;
  watcher.stopped = true;
  if (watcher.timer) clearTimeout(watcher.timer);
  watcher.client?.end().catch(() => {});
  watcher.client = null;
  store.atlasDbWatcher = undefined;
}

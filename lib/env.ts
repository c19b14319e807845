// The environment, validated once. Scripts and the server read settings from here, not from process.env.
import { z } from "zod";
import { parseTrustedProxies } from "./security/client-address.mjs";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** An external PostgreSQL. Unset: scripts/start.ts serves the embedded PGlite database and sets it. */
    DATABASE_URL: z.string().min(1).optional(),
    /** Connections per process; the embedded database serialises queries, so its launcher sets 1. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /**
     * Read replicas of DATABASE_URL (comma-separated URLs) for the cached public reads; see docs/ARCHITECTURE.md
     * (they must apply commits synchronously, or a read right after an approval could cache the old entry).
     */
    DATABASE_REPLICA_URLS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? "")
          .split(",")
          .map((url) => url.trim())
          .filter(Boolean),
      ),
    /** Redis shared by all app instances: Next's cache ("use cache") lives there when set (lib/cache/cache-handler.mjs). */
    REDIS_URL: z.string().min(1).optional(),
    /** Prefix of this deployment's keys in Redis, so several deployments (or test runs) can share one server. */
    CACHE_KEY_PREFIX: z.string().min(1).default("atlas:"),
    /** Where the embedded database keeps its files. */
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /**
     * Comma-separated addresses or CIDR ranges of the reverse proxies in front of the app. Unset: the client is the
     * TCP peer. Set: X-Forwarded-For is walked from the right past these hops (docs/decisions/0019-client-address.md).
     */
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
    /** The public origin, for canonical URLs and sitemaps. */
    SITE_URL: z.url().optional(),
    /** Fixed port for the embedded database's socket (0: any free port); lets tools reach a running app's database. */
    PGLITE_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    /** Signs session cookies. `npm run serve` generates one into .data/ when unset. */
    BETTER_AUTH_SECRET: z.string().min(32).optional(),
    /** Outgoing mail, e.g. smtp://user:pass@host:587 (smtps:// for TLS). Unset: mail goes to the server log. */
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().min(3).default("Diaspora Atlas <no-reply@localhost>"),
    /**
     * Background jobs (lib/jobs, docs/decisions/0032-job-queue.md): "true" runs them inside the app process; "false"
     * leaves them to `npm run worker` processes (several app instances, one or more workers).
     */
    JOBS_IN_APP: z
      .enum(["true", "false"])
      .default("true")
      .transform((value) => value === "true"),
    /** How often an idle worker asks the queue for new jobs, in seconds. */
    JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
    /** When the purge of expired sessions, one-time tokens and sign-in counters runs: cron in UTC, or "off". */
    JOBS_PURGE_SCHEDULE: z
      .string()
      .regex(/^(off|\S+( \S+){4})$/, 'five cron fields ("17 3 * * *") or "off"')
      .default("17 3 * * *"),
    /** How often each calendar subscription is read, in hours (lib/subscriptions). */
    SUBSCRIPTIONS_POLL_HOURS: z.coerce.number().min(0.25).max(168).default(6),
    /** When the job that reads the subscriptions due runs: cron in UTC, or "off". */
    JOBS_SUBSCRIPTIONS_SCHEDULE: z
      .string()
      .regex(/^(off|\S+( \S+){4})$/, 'five cron fields ("*/10 * * * *") or "off"')
      .default("*/10 * * * *"),
    /**
     * The link monitor (lib/links, docs/decisions/0036-link-monitor.md): when its rounds run (cron in UTC, or "off"),
     * how many links a round checks, how often a link is checked (days), how soon a failing one is checked again
     * (hours), after how many failures in a row a link counts as broken, and the pause between two requests to one
     * host (seconds; robots.txt's Crawl-delay may ask for more).
     */
    JOBS_LINKS_SCHEDULE: z
      .string()
      .regex(/^(off|\S+( \S+){4})$/, 'five cron fields ("*/30 * * * *") or "off"')
      .default("*/30 * * * *"),
    LINKS_BATCH: z.coerce.number().int().min(1).max(2000).default(200),
    LINKS_CHECK_DAYS: z.coerce.number().min(1).max(90).default(7),
    LINKS_RETRY_HOURS: z.coerce.number().min(1).max(168).default(24),
    LINKS_BROKEN_AFTER: z.coerce.number().int().min(1).max(10).default(2),
    LINKS_HOST_SPACING_SECONDS: z.coerce.number().min(1).max(60).default(5),
    /**
     * Mail (lib/notifications): when moderators who chose "at once" hear of what waits in their scope, and curators of
     * the decisions on their revisions; when the daily moderation digest goes; when visitors' weekly event digests go.
     * Cron in UTC, or "off".
     */
    JOBS_NOTIFY_SCHEDULE: z
      .string()
      .regex(/^(off|\S+( \S+){4})$/, 'five cron fields ("*/5 * * * *") or "off"')
      .default("*/5 * * * *"),
    JOBS_MODERATION_DIGEST_SCHEDULE: z
      .string()
      .regex(/^(off|\S+( \S+){4})$/, 'five cron fields ("0 6 * * *") or "off"')
      .default("0 6 * * *"),
    JOBS_EVENT_DIGEST_SCHEDULE: z
      .string()
      .regex(/^(off|\S+( \S+){4})$/, 'five cron fields ("0 6 * * 1") or "off"')
      .default("0 6 * * 1"),
    /**
     * Tests only: ports of 127.0.0.1 a calendar fetch may reach (the end-to-end calendar server), comma-separated.
     * Refused when SITE_URL names a host that is not loopback. A site on a public address must set SITE_URL (without
     * it, sign-in trusts only localhost origins, lib/auth/origins.ts), so it cannot enable this.
     */
    TEST_FETCH_LOOPBACK_PORTS: z
      .string()
      .regex(/^\d{1,5}(,\d{1,5})*$/, "comma-separated port numbers")
      .optional()
      .transform((value) => (value ? value.split(",").map(Number) : [])),
    /** The address the About page gives for becoming a curator and for questions. Unset: the page says none is published. */
    CONTACT_EMAIL: z.email().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.TEST_FETCH_LOOPBACK_PORTS.length === 0) return;
    const host = value.SITE_URL ? new URL(value.SITE_URL).hostname : "localhost";
    if (host !== "localhost" && host !== "127.0.0.1" && host !== "[::1]")
      ctx.addIssue({
        code: "custom",
        path: ["TEST_FETCH_LOOPBACK_PORTS"],
        message: "a test setting: refused with a SITE_URL that is not on a loopback host (localhost, 127.0.0.1)",
      });
  });

export type Env = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable (DATABASE_URL= ) means unset.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(present);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${issues}`);
  }
  return result.data;
}

export const env = readEnv();

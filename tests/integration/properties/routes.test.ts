// Property: every route handler answers generated requests (hostile query strings, path segments, locales,
// methods, bodies) with a 2xx, 3xx or 4xx response whose body can be read to the end, never a 5xx or a thrown
// error; the API's error answers are its JSON error bodies. The handlers are called in process as Next calls them
// (a real Request in, the real Response out), against the seeded database. They only read: the database is
// fingerprinted before and after each property's run and must be unchanged; /api/auth may only add its RateLimit
// counters (every request counts) and failed sign-ins to the audit log, by design.
// app/robots.ts and app/sitemap.xml/route.ts take no input and are left out; the sitemap's files are in.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import * as authRoute from "../../../app/api/auth/[...all]/route";
import * as citeRoute from "../../../app/[locale]/cite/[kind]/[file]/route";
import * as eventIcsRoute from "../../../app/[locale]/events/[slug]/ics/route";
import * as eventsExportRoute from "../../../app/[locale]/events/export/route";
import * as eventsAtomRoute from "../../../app/[locale]/events/feed.atom/route";
import * as eventsIcsRoute from "../../../app/[locale]/events/feed.ics/route";
import * as organizationsExportRoute from "../../../app/[locale]/organizations/export/route";
import * as organizationsAtomRoute from "../../../app/[locale]/organizations/feed.atom/route";
import * as statsRoute from "../../../app/[locale]/stats/[chart]/route";
import * as catchAll from "../../../app/api/v1/[[...rest]]/route";
import * as countries from "../../../app/api/v1/countries/route";
import * as diaspora from "../../../app/api/v1/diasporas/[slug]/route";
import * as diasporas from "../../../app/api/v1/diasporas/route";
import * as event from "../../../app/api/v1/events/[slug]/route";
import * as events from "../../../app/api/v1/events/route";
import * as openapi from "../../../app/api/v1/openapi.json/route";
import * as organization from "../../../app/api/v1/organizations/[slug]/route";
import * as organizations from "../../../app/api/v1/organizations/route";
import * as search from "../../../app/api/v1/search/route";
import * as sitemapFileRoute from "../../../app/sitemaps/[file]/route";
import * as unsubscribeRoute from "../../../app/api/unsubscribe/route";
import * as eventCityChoices from "../../../app/api/choices/event-cities/route";
import * as eventOrganizerChoices from "../../../app/api/choices/event-organizers/route";
import * as organizationCityChoices from "../../../app/api/choices/organization-cities/route";
import * as organizationChoices from "../../../app/api/choices/organizations/route";
import { PARAMETERS } from "../../../lib/api/parameters";
import { CHART_IDS } from "../../../lib/stats/charts";
import { HTML, malformedDate, malformedSlug, malformedUuid, mixedScript, noise, SQL } from "../../support/arbitraries";
import { databaseFingerprint, openTestDatabase } from "../../support/database";
import { resetToSeed } from "../../support/seeded-database";
import { propertyRuns } from "../../support/property-runs";

// The event's .ics download translates through next-intl's getTranslations, which needs Next's server.
vi.mock("next-intl/server", async (original) => ({
  ...(await original<object>()),
  getTranslations: (await import("../../support/next-request")).getTranslations,
}));

const db = openTestDatabase();
const RUNS = propertyRuns({ embeddedDatabase: inject("databaseKind") === "embedded" });
// A property's 1 000 inputs take seconds on a quiet machine; a busy one (CI, a shared box) may need minutes.
const TIMEOUT = 300_000;
const ORIGIN = "http://localhost:3000";
const slugs = { organization: [] as string[], event: [] as string[], diaspora: [] as string[] };

beforeAll(async () => {
  await resetToSeed(db);
  slugs.organization = (await db.organization.findMany({ select: { slug: true }, take: 5 })).map((r) => r.slug);
  slugs.event = (await db.event.findMany({ select: { slug: true }, take: 5 })).map((r) => r.slug);
  slugs.diaspora = (await db.diaspora.findMany({ select: { slug: true }, take: 5 })).map((r) => r.slug);
});
afterAll(() => db.$disconnect());

// ---- Generated pieces of a request -------------------------------------------------------------------------

const PARAMETER_NAMES = [
  ...new Set([...Object.values(PARAMETERS).map((p) => p.name), "format", "view", "version", "chart"]),
];
const LIKELY_VALUES = [
  "armenian",
  "georgian",
  "RU",
  "ru",
  "FR",
  "de",
  "MEDIA",
  "YOUTH",
  "FESTIVAL",
  "upcoming",
  "past",
  "all",
  "csv",
  "json",
  "hsds",
  "name",
  "founded",
  "relevance",
  "slug",
  "organization",
  "event",
  "diaspora",
  "2024-05-01",
  "2024-05",
  "1",
  "2",
  "20",
  "100",
  "101",
  "0",
  "en",
  "hy",
  "sr-Latn",
  "Yerevan",
  "Ереван",
];

/** A cursor's shape (lib/api/cursor.ts) around hostile values: a real order's name, then anything. */
const forgedCursor = fc
  .tuple(
    fc.constantFrom(
      "organizations:slug",
      "organizations:name:ru,en",
      "organizations:founded:en,ru",
      "events:all:ru,en",
    ),
    fc.array(fc.oneof(fc.constantFrom(...LIKELY_VALUES), noise, fc.integer(), fc.double(), fc.constant(null)), {
      maxLength: 5,
    }),
  )
  .map(([order, values]) => Buffer.from(JSON.stringify([order, ...values])).toString("base64url"));

/** A query value: plausible, malformed or hostile. */
const queryValue = fc.oneof(
  { weight: 1, arbitrary: forgedCursor },
  { weight: 3, arbitrary: fc.constantFrom(...LIKELY_VALUES) },
  { weight: 1, arbitrary: fc.constantFrom(...SQL, ...HTML) },
  { weight: 1, arbitrary: malformedDate },
  { weight: 1, arbitrary: malformedSlug },
  { weight: 1, arbitrary: mixedScript },
  { weight: 2, arbitrary: noise },
  { weight: 1, arbitrary: fc.constantFrom("-1", "1.5", "1e3", "999999999999", "0x10", "１", " 2 ", "+3", "NaN") },
);
const queryName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PARAMETER_NAMES) },
  { weight: 1, arbitrary: fc.oneof(noise, fc.constantFrom("Q", "q ", "q[]", "__proto__", "")) },
);
/** Raw pieces no URLSearchParams would write: bad percent escapes, encoded lone surrogates, stray separators. */
const rawPiece = fc.constantFrom(
  "%",
  "%ZZ",
  "%E0%A4%A",
  "%ED%A0%80",
  "%C0%AF",
  "%00",
  "&&",
  "==",
  "q=%FF%FE",
  "page=%2B1",
  ";",
  "q=a+b",
  "%uD800",
);
const queryString = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.tuple(queryName, queryValue).map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`),
      },
      { weight: 1, arbitrary: rawPiece },
    ),
    { maxLength: 6 },
  )
  .map((parts) => (parts.length ? `?${parts.join("&")}` : ""));
// encodeURIComponent throws on a lone surrogate; noise may carry one.
const safeEncode = (s: string) => encodeURIComponent(s.toWellFormed());

const LOCALES = ["ru", "en", "az", "hy", "ka", "kk", "ky", "uz", "tg", "tk", "be", "uk", "ro", "lv", "lt", "et"];
const locale = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LOCALES) },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom("", "xx", "EN", "en-US", "../en", "ru\u0000"), noise) },
);
/** A path segment as Next hands it to the handler (already decoded). */
const segment = (known: () => string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known()) },
    { weight: 2, arbitrary: malformedSlug },
    { weight: 2, arbitrary: noise },
    { weight: 1, arbitrary: malformedUuid },
  );

type Reply = { status: number; method: string; contentType: string | null; text: string };
type Context = { params: Promise<Record<string, unknown>> };
type Handler = (request: Request, context: Context) => Promise<Response>;

/** Calls a handler as Next would and reads the whole body: a stream that fails halfway fails here. */
async function send(
  handler: unknown,
  url: string,
  params: Record<string, unknown>,
  init: RequestInit = {},
): Promise<Reply> {
  const response = await (handler as Handler)(new Request(url, init), { params: Promise.resolve(params) });
  return {
    status: response.status,
    method: init.method ?? "GET",
    contentType: response.headers.get("content-type"),
    text: await response.text(),
  };
}

function expectAnswered(reply: Reply, request: unknown) {
  if (reply.status >= 500 || reply.status < 200)
    expect.fail(
      `answered ${reply.status} ${reply.text.slice(0, 200)}; request: ${JSON.stringify(request).slice(0, 500)}`,
    );
}

/** The API answers JSON, and its errors are its documented error body (HEAD: the same status, no body). */
function expectApiAnswer(reply: Reply, request: unknown) {
  expectAnswered(reply, request);
  if (reply.method === "HEAD") return;
  const body = reply.text ? (JSON.parse(reply.text) as { error?: { code?: string; message?: string } }) : undefined;
  if (reply.status >= 400 && !(body?.error?.code && body.error.message))
    expect.fail(`${reply.status} without an error body; request: ${JSON.stringify(request).slice(0, 500)}`);
}

type RouteCase = {
  route: string;
  request: () => fc.Arbitrary<{ url: string; params: Record<string, unknown>; init?: RequestInit }>;
  check: (reply: Reply, request: unknown) => void;
  /** Tables the route writes to by design, and the only audit actions it may add. */
  except?: string[];
  audited?: string[];
};

const api = (path: string, module: { GET: unknown }, slug?: () => string[]): RouteCase => ({
  route: `GET /api/v1${path}`,
  request: () =>
    fc
      .record({ slug: slug ? segment(slug) : fc.constant(undefined), query: queryString, head: fc.boolean() })
      .map(({ slug: s, query, head }) => ({
        url: `${ORIGIN}/api/v1${path.replace("{slug}", safeEncode(s ?? ""))}${query}`,
        params: s === undefined ? {} : { slug: s },
        init: { method: head ? "HEAD" : "GET", handler: module.GET },
      })),
  check: expectApiAnswer,
});

/** A combobox's lookup (app/api/choices/*): a locale, what was typed, and the list's other filters. */
const choices = (path: string, module: { GET: unknown }): RouteCase => ({
  route: `GET /api/choices${path}`,
  request: () =>
    fc
      .record({
        locale,
        text: fc.oneof(queryValue, fc.string({ maxLength: 300 })),
        query: queryString,
        head: fc.boolean(),
      })
      .map(({ locale: l, text, query, head }) => ({
        url: `${ORIGIN}/api/choices${path}?locale=${safeEncode(l)}&text=${safeEncode(text)}${query.replace("?", "&")}`,
        params: {},
        init: { method: head ? "HEAD" : "GET", handler: module.GET },
      })),
  check: expectApiAnswer,
});

/** `extra`: the path's other segments, built when the property runs (the slugs come from the seeded database). */
const page = (
  path: string,
  handler: unknown,
  extra: () => Record<string, fc.Arbitrary<string>> = () => ({}),
): RouteCase => ({
  route: `GET /[locale]${path}`,
  request: () =>
    fc.record({ locale, query: queryString, ...extra() }).map(({ locale: l, query, ...rest }) => {
      const segments = rest as Record<string, string>;
      const filled = path.replace(/\[(\w+)\]/g, (_, name: string) => safeEncode(segments[name] ?? ""));
      return {
        url: `${ORIGIN}/${safeEncode(l)}${filled}${query}`,
        params: { locale: l, ...segments },
        init: { handler } as RequestInit,
      };
    }),
  check: expectAnswered,
});

const AUTH_PATHS = [
  "/sign-in/email",
  "/sign-up/email",
  "/request-password-reset",
  "/reset-password",
  "/get-session",
  "/sign-out",
  "/list-sessions",
  "/revoke-session",
  "/revoke-other-sessions",
  "/change-password",
  "/update-user",
  "/delete-user",
  "/ok",
  "/error",
  "/callback/x",
  "/../v1/organizations",
  "/nope",
];
const jsonBody = fc.oneof(
  fc
    .record(
      {
        email: fc.oneof(noise, fc.constantFrom("nobody@example.org", "")),
        password: fc.oneof(noise, fc.constant("Quiet-harbour-lantern-7")),
        newPassword: noise,
        token: noise,
        callbackURL: fc.oneof(noise, fc.constantFrom("//evil.example", "javascript:alert(1)")),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom("{", "[", "null", '"x"', '{"email":', "\u0000", "", '{"__proto__":{"admin":true}}'),
  noise,
);

const CASES: RouteCase[] = [
  api("/organizations", organizations),
  api("/organizations/{slug}", organization, () => slugs.organization),
  api("/events", events),
  api("/events/{slug}", event, () => slugs.event),
  api("/diasporas", diasporas),
  api("/diasporas/{slug}", diaspora, () => slugs.diaspora),
  api("/countries", countries),
  api("/search", search),
  api("/openapi.json", openapi),
  choices("/organizations", organizationChoices),
  choices("/event-organizers", eventOrganizerChoices),
  choices("/event-cities", eventCityChoices),
  choices("/organization-cities", organizationCityChoices),
  {
    route: "GET /api/v1/[[...rest]] (unknown paths)",
    request: () =>
      fc
        .record({
          rest: fc.array(fc.oneof(noise, fc.constantFrom("organizations", "v2", "..", "%2e%2e", "")), { maxLength: 4 }),
          query: queryString,
        })
        .map(({ rest, query }) => ({
          url: `${ORIGIN}/api/v1/${rest.map(safeEncode).join("/")}${query}`,
          params: { rest },
          init: { handler: catchAll.GET } as RequestInit,
        })),
    check: expectApiAnswer,
  },
  {
    route: "GET /sitemaps/[file]",
    request: () =>
      fc
        .oneof(
          fc
            .tuple(
              fc.constantFrom("pages", "organizations-", "events-", "people-", ""),
              fc.oneof(fc.constantFrom("", "1", "2", "0", "01", "9999999", "-1", "1e3"), noise),
              fc.constantFrom(".xml", "", ".xml.gz", ".XML"),
            )
            .map(([a, b, c]) => a + b + c),
          malformedSlug,
          noise,
        )
        .map((file) => ({
          url: `${ORIGIN}/sitemaps/${safeEncode(file)}`,
          params: { file },
          init: { handler: sitemapFileRoute.GET } as RequestInit,
        })),
    check: expectAnswered,
  },
  page("/organizations/export", organizationsExportRoute.GET),
  page("/organizations/feed.atom", organizationsAtomRoute.GET),
  page("/events/export", eventsExportRoute.GET),
  page("/events/feed.atom", eventsAtomRoute.GET),
  page("/events/feed.ics", eventsIcsRoute.GET),
  page("/events/[slug]/ics", eventIcsRoute.GET, () => ({ slug: segment(() => slugs.event) })),
  page("/stats/[chart]", statsRoute.GET, () => ({
    chart: fc.oneof(
      fc.constantFrom(...CHART_IDS).map((c) => `${c}.csv`),
      fc.constantFrom(...CHART_IDS),
      noise,
      malformedSlug,
    ),
  })),
  page("/cite/[kind]/[file]", citeRoute.GET, () => ({
    kind: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("organizations", "events", "diasporas") },
      { weight: 1, arbitrary: noise },
    ),
    file: fc.oneof(
      fc
        .tuple(
          fc.constantFrom(...slugs.organization, ...slugs.event, ...slugs.diaspora, "no-such-entry"),
          fc.constantFrom(".bib", ".json", ".txt", "", ".bib.bib"),
        )
        .map(([s, e]) => s + e),
      malformedSlug,
      noise,
    ),
  })),
  {
    // A digest's one-click unsubscribe (RFC 8058) and its GET: the token is the credential; none here is right.
    route: "GET and POST /api/unsubscribe",
    request: () =>
      fc
        .record({ id: fc.oneof(malformedUuid, fc.uuid(), noise), token: noise, post: fc.boolean() })
        .map(({ id, token, post }) => ({
          url: `${ORIGIN}/api/unsubscribe?${new URLSearchParams({ id, token })}`,
          params: {},
          init: {
            method: post ? "POST" : "GET",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: post ? "List-Unsubscribe=One-Click" : undefined,
            handler: post ? unsubscribeRoute.POST : unsubscribeRoute.GET,
          } as RequestInit,
        })),
    check: expectAnswered,
  },
  {
    route: "GET and POST /api/auth/[...all]",
    request: () =>
      fc
        .record({
          path: fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...AUTH_PATHS) },
            { weight: 1, arbitrary: noise.map((s) => `/${safeEncode(s)}`) },
          ),
          post: fc.boolean(),
          body: jsonBody,
          contentType: fc.constantFrom(
            "application/json",
            "application/x-www-form-urlencoded",
            "text/plain",
            "multipart/form-data",
            "application/json; charset=utf-7",
          ),
          origin: fc.constantFrom(ORIGIN, "http://evil.example", "null", ""),
          ip: fc.ipV4(),
          query: queryString,
        })
        .map(({ path, post, body, contentType, origin, ip, query }) => ({
          url: `${ORIGIN}/api/auth${path}${query}`,
          params: { all: path.split("/").filter(Boolean) },
          init: {
            method: post ? "POST" : "GET",
            headers: { "content-type": contentType, "x-atlas-client-address": ip, ...(origin ? { origin } : {}) },
            body: post ? body : undefined,
            handler: post ? authRoute.POST : authRoute.GET,
          } as RequestInit,
        })),
    check: expectAnswered,
    // Sign-in attempts are counted per account (AccountThrottle) and past the delay audited as rate-limited.
    except: ["RateLimit", "AccountThrottle", "AuditLog"],
    audited: ["auth.sign_in_failed", "auth.sign_in_rate_limited"],
  },
];

const otherAudits = (audited: string[]) => db.auditLog.count({ where: { action: { notIn: audited } } });

describe.each(CASES)("$route", ({ request, check, except, audited = [] }) => {
  it(`answers ${RUNS} generated requests without a 5xx and changes nothing`, { timeout: TIMEOUT }, async () => {
    const before = await databaseFingerprint(db, { except });
    const auditsBefore = await otherAudits(audited);
    await fc.assert(
      fc.asyncProperty(request(), async ({ url, params, init }) => {
        const { handler, ...rest } = init as RequestInit & { handler: unknown };
        check(await send(handler, url, params, rest), { url, params, method: rest.method });
      }),
      { numRuns: RUNS },
    );
    expect(await databaseFingerprint(db, { except })).toEqual(before);
    expect(await otherAudits(audited), "audit rows other than the expected ones").toBe(auditsBefore);
  });
});

// Shrunk counterexamples the properties found, kept as plain regression tests (the bugs are fixed).
describe("counterexamples", () => {
  it("a NUL byte in a slug is a 404, not a PostgreSQL error", async () => {
    const slug = "00000000-0000-4000-8000-000000000000\u0000";
    for (const [path, handler] of [
      ["events", event.GET],
      ["organizations", organization.GET],
      ["diasporas", diaspora.GET],
    ] as const) {
      const reply = await send(handler, `${ORIGIN}/api/v1/${path}/${encodeURIComponent(slug)}`, { slug });
      expect(reply.status, path).toBe(404);
      expect(JSON.parse(reply.text)).toMatchObject({ error: { code: "not_found" } });
    }
    expect(
      (await send(eventIcsRoute.GET, `${ORIGIN}/ru/events/a%00/ics`, { locale: "ru", slug: "a\u0000" })).status,
    ).toBe(404);
  });

  it("a NUL byte in a city filter is dropped like any filter the list does not understand", async () => {
    for (const [handler, path] of [
      [organizationsExportRoute.GET, "organizations/export?city=x%00x"],
      [organizationsAtomRoute.GET, "organizations/feed.atom?city=a%00"],
      [eventsAtomRoute.GET, "events/feed.atom?city=a%00"],
    ] as const) {
      const reply = await send(handler, `${ORIGIN}/ru/${path}`, { locale: "ru" });
      expect(reply.status, path).toBe(200);
    }
    const api = await send(organizations.GET, `${ORIGIN}/api/v1/organizations?city=x%00x`, {});
    expect(api.status).toBeLessThan(500);
  });

  it("an /api/auth path longer than any endpoint's is a 404, not a failed rate-limit row", async () => {
    const path = "%F0%9F%98%80".repeat(100);
    const reply = await send(
      authRoute.GET,
      `${ORIGIN}/api/auth/${path}`,
      { all: [decodeURIComponent(path)] },
      { headers: { "x-atlas-client-address": "192.0.2.7" } },
    );
    expect(reply.status).toBe(404);
  });

  it("a refused password reset body is not audited as a password reset", async () => {
    const before = await db.auditLog.count({ where: { action: "auth.password_reset" } });
    const reply = await send(
      authRoute.POST,
      `${ORIGIN}/api/auth/reset-password`,
      { all: ["reset-password"] },
      {
        method: "POST",
        body: "{}",
        headers: { "content-type": "application/json", origin: ORIGIN, "x-atlas-client-address": "192.0.2.8" },
      },
    );
    expect(reply.status).toBe(400);
    expect(await db.auditLog.count({ where: { action: "auth.password_reset" } })).toBe(before);
  });
});

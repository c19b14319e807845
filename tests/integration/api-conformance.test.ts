// Walks every endpoint of /api/v1 — filter combinations, bad parameters, unknown slugs, 304s, HEAD and
// preflight — and checks each real response against the OpenAPI 3.1 document it serves itself (ajv, draft
// 2020-12). The document is first checked against the official OpenAPI 3.1 schema (Hyperjump).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callApi } from "../support/api-client";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";
import { OpenApiValidator, type Method } from "../support/openapi-validator";

const db = openTestDatabase();
let validator: OpenApiValidator;
/** "get /organizations 200" for every response checked, to prove each documented one was seen. */
const seen = new Set<string>();

beforeAll(async () => {
  await resetToSeed(db);
  const reply = await callApi("/api/v1/openapi.json");
  validator = new OpenApiValidator(reply.json as Record<string, unknown>);
});
afterAll(() => db.$disconnect());

const long = "а".repeat(201);
/** A cursor as next_cursor gives one (lib/api/cursor.ts): the order, then the last entry's sort values. */
const cursor = (...values: unknown[]) => Buffer.from(JSON.stringify(values)).toString("base64url");

/** [OpenAPI path, request path and query, expected status] */
const CALLS: [string, string, number][] = [
  ["/organizations", "", 200],
  ["/organizations", "?per_page=5&page=2", 200],
  ["/organizations", "?country=RU&type=YOUTH", 200],
  ["/organizations", "?country=ru&diaspora=azerbaijani&lang=en", 200],
  ["/organizations", "?q=Оджаг&lang=az", 200],
  ["/organizations", "?q=armenian&sort=name&lang=hy", 200],
  ["/organizations", "?group=SCIENTISTS&sort=founded&per_page=100", 200],
  ["/organizations", "?diaspora=armenian&sort=slug", 200],
  ["/organizations", "?city=moscow&language=", 200],
  ["/organizations", "?language=az&lang=zh-Hant", 200],
  ["/organizations", "?page=999", 200],
  ["/organizations", `?per_page=3&cursor=${cursor("organizations:slug", "amor")}`, 200],
  ["/organizations", `?sort=founded&lang=en&cursor=${cursor("organizations:founded:en,ru", 1990, "a", "a")}`, 200],
  ["/organizations", `?cursor=${cursor("organizations:slug", "amor")}&page=2`, 400],
  ["/organizations", "?cursor=a%2Bb", 400],
  ["/organizations", "?per_page=101", 400],
  ["/organizations", "?per_page=0", 400],
  ["/organizations", "?page=two", 400],
  ["/organizations", "?country=XX", 400],
  ["/organizations", "?type=youth", 400],
  ["/organizations", "?group=KIDS", 400],
  ["/organizations", "?sort=newest", 400],
  ["/organizations", "?language=Azeri!", 400],
  ["/organizations", `?q=${long}`, 400],
  ["/organizations", "?contry=RU", 400],
  ["/organizations", "?country=RU&country=DE", 400],
  ["/organizations", "?lang=en-US-US", 400],
  ["/organizations/{slug}", "/amor", 200],
  ["/organizations/{slug}", "/all-russian-azerbaijan-congress?lang=az", 200],
  ["/organizations/{slug}", "/uwc-dilijan-college?lang=hy", 200],
  ["/organizations/{slug}", "/russian-consulate-general-in-shanghai?lang=en", 200],
  ["/organizations/{slug}", "/no-such-organization", 404],
  ["/organizations/{slug}", "/amor?country=RU", 400],
  ["/events", "", 200],
  ["/events", "?when=upcoming", 200],
  ["/events", "?when=past&per_page=3&page=2&lang=en", 200],
  ["/events", "?from=2013-01-01&to=2019-12-31", 200],
  ["/events", "?type=COMMEMORATION&country=CN&lang=en", 200],
  ["/events", "?diaspora=armenian&q=armenian", 200],
  ["/events", "?organization=russian-consulate-general-in-shanghai&city=Shanghai", 200],
  ["/events", `?cursor=${cursor("events:all:ru,en", "2019-01-01", "2019-01-01", "a", "a")}`, 200],
  ["/events", `?when=past&cursor=${cursor("events:all:ru,en", "2019-01-01", "2019-01-01", "a", "a")}`, 400],
  ["/events", "?from=2013-02-30", 400],
  ["/events", "?to=2013", 400],
  ["/events", "?from=2020-01-01&to=2019-01-01", 400],
  ["/events", "?when=soon", 400],
  ["/events", "?type=YOUTH", 400],
  ["/events", "?view=calendar", 400],
  ["/events", "?language=ru", 400],
  ["/events/{slug}", "/immortal-regiment-march-shanghai-2021", 200],
  ["/events/{slug}", "/russia-kazakhstan-21st-century-art-festival?lang=kk", 200],
  ["/events/{slug}", "/presentation-of-the-association-of-armenians-of-russia-2018?lang=hy", 200],
  ["/events/{slug}", "/no-such-event", 404],
  ["/events/{slug}", "/victory-day?lang=", 200],
  ["/events/{slug}", "/victory-day?lang=1", 400],
  ["/diasporas", "", 200],
  ["/diasporas", "?country=RU&lang=ka", 200],
  ["/diasporas", "?q=армян", 200],
  ["/diasporas", "?per_page=3&page=2", 200],
  ["/diasporas", "?country=ZZ", 400],
  ["/diasporas", "?type=YOUTH", 400],
  ["/diasporas/{slug}", "/armenian", 200],
  ["/diasporas/{slug}", "/azerbaijani?lang=az", 200],
  ["/diasporas/{slug}", "/no-such-diaspora", 404],
  ["/diasporas/{slug}", "/armenian?lang=en&page=2", 400],
  ["/countries", "", 200],
  ["/countries", "?per_page=5&page=2&lang=uz", 200],
  ["/countries", "?country=RU", 400],
  ["/countries", "?per_page=-1", 400],
  ["/search", "?q=армян", 200],
  ["/search", "?q=Ojag&kind=organization&lang=ru", 200],
  ["/search", "?q=festival&kind=event&per_page=2&page=2", 200],
  ["/search", "?q=xyzzyqwv", 200],
  ["/search", "", 400],
  ["/search", "?q=", 400],
  ["/search", "?q=armenian&kind=person", 400],
  ["/search", `?q=${long}`, 400],
  ["/openapi.json", "", 200],
  ["/openapi.json", "?format=yaml", 400],
];

const requestPath = (openapiPath: string, suffix: string) =>
  `/api/v1${openapiPath.replace(/\/\{slug\}$/, "")}${suffix}`;

function expectConforms(path: string, method: Method, reply: Parameters<OpenApiValidator["check"]>[2]) {
  seen.add(`${method} ${path} ${reply.status}`);
  expect(validator.check(path, method, reply), `${method.toUpperCase()} ${path} → ${reply.status}`).toEqual([]);
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(await OpenApiValidator.documentErrors(validator.document)).toEqual([]);
  });
});

describe("the check itself", () => {
  it("fails a reply that strays from the document: an extra field, a missing one, a wrong type, a lost header, an undocumented status", async () => {
    const reply = await callApi("/api/v1/organizations/amor");
    const body = reply.json as { data: Record<string, unknown> };
    const variant = (data: Record<string, unknown>, headers = reply.headers) => ({
      status: 200,
      headers,
      text: JSON.stringify({ data }),
    });
    expect(validator.check("/organizations/{slug}", "get", variant(body.data))).toEqual([]);
    expect(validator.check("/organizations/{slug}", "get", variant({ ...body.data, extra: 1 }))).not.toEqual([]);
    const { slug: _slug, ...withoutSlug } = body.data;
    expect(validator.check("/organizations/{slug}", "get", variant(withoutSlug))).not.toEqual([]);
    expect(validator.check("/organizations/{slug}", "get", variant({ ...body.data, name: { ru: 5 } }))).not.toEqual([]);
    const noEtag = new Headers(reply.headers);
    noEtag.delete("etag");
    expect(validator.check("/organizations/{slug}", "get", variant(body.data, noEtag))).toEqual([
      "header ETag is missing",
    ]);
    expect(validator.check("/organizations/{slug}", "get", { ...variant(body.data), status: 418 })).not.toEqual([]);
    expect(validator.check("/countries", "get", { status: 304, headers: reply.headers, text: "{}" })).not.toEqual([]);
  });
});

describe("every endpoint conforms to the document", () => {
  it.each(CALLS)("GET %s %s → %i", async (path, suffix, status) => {
    const reply = await callApi(requestPath(path, suffix));
    expect(reply.status, reply.text.slice(0, 300)).toBe(status);
    expectConforms(path, "get", reply);
    if (status === 400) {
      const parameter = (reply.json as { error: { parameter: string } }).error.parameter;
      expect(suffix || "?q", "the error names a parameter of the request").toContain(parameter);
    }
  });

  it.each(CALLS.filter(([, , status]) => status === 200))(
    "GET %s %s again with its ETag → 304",
    async (path, suffix) => {
      const first = await callApi(requestPath(path, suffix));
      const again = await callApi(requestPath(path, suffix), {
        headers: { "If-None-Match": first.headers.get("etag")! },
      });
      expect(again.status).toBe(304);
      expectConforms(path, "get", again);
    },
  );

  it.each(CALLS)("HEAD %s %s → %i", async (path, suffix, status) => {
    const reply = await callApi(requestPath(path, suffix), { method: "HEAD" });
    expect(reply.status).toBe(status);
    expect(reply.text).toBe("");
    expectConforms(path, "head", reply);
  });

  it.each([...new Set(CALLS.map(([path, suffix]) => `${path}|${suffix.startsWith("/") ? suffix.split("?")[0] : ""}`))])(
    "OPTIONS %s (preflight)",
    async (key) => {
      const [path, slug] = key.split("|") as [string, string];
      const reply = await callApi(requestPath(path, slug), {
        method: "OPTIONS",
        headers: {
          Origin: "https://example.org",
          "Access-Control-Request-Method": "GET",
          "Access-Control-Request-Headers": "if-none-match",
        },
      });
      expect(reply.status).toBe(204);
      expectConforms(path, "options", reply);
    },
  );

  // 503 needs the database stopped: tests/integration/database-outage.test.ts checks it on a private cluster.
  it("saw every documented response of every operation (but 500 and 503)", () => {
    const documented = Object.entries(
      validator.document.paths as Record<string, Record<string, { responses: object }>>,
    ).flatMap(([path, item]) =>
      // A path item's own keys besides its operations (its shared "parameters") hold no responses.
      Object.entries(item)
        .filter(([method]) => ["get", "head", "options"].includes(method))
        .flatMap(([method, op]) =>
          Object.keys(op.responses)
            .filter((s) => s !== "500" && s !== "503")
            .map((s) => `${method} ${path} ${s}`),
        ),
    );
    // A 304 to HEAD is the same code path as to GET, which is checked for every path.
    expect(documented.filter((d) => !seen.has(d) && !/^head .* 304$/.test(d))).toEqual([]);
  });
});

// The API over real HTTP, through the production server: what Next adds or changes on the way (compression,
// headers, HEAD, OPTIONS) must still conform to the OpenAPI document, and a browser on another origin must be
// able to read it, ETag included.
import { expect, test, type APIResponse } from "@playwright/test";
import { OpenApiValidator, type Method } from "../support/openapi-validator";
import { APP_PORT, MAILBOX_PORT } from "./support/ports";

let validator: OpenApiValidator;

test.beforeAll(async ({ request }) => {
  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  validator = new OpenApiValidator(await doc.json());
});

async function conforms(path: string, method: Method, response: APIResponse) {
  const reply = {
    status: response.status(),
    headers: response.headers(),
    text: method === "get" ? await response.text() : "",
  };
  expect(validator.check(path, method, reply), `${method} ${path} ${reply.status}`).toEqual([]);
}

test("lists, entries, errors, 304 and HEAD over HTTP conform to the document", async ({ request }) => {
  const list = await request.get("/api/v1/organizations?country=RU&type=YOUTH&lang=en", {
    headers: { "Accept-Encoding": "gzip" },
  });
  expect(list.status()).toBe(200);
  await conforms("/organizations", "get", list);
  expect((await list.json()).data.map((o: { slug: string }) => o.slug)).toContain("amor");

  const etag = list.headers().etag!;
  const again = await request.get("/api/v1/organizations?country=RU&type=YOUTH&lang=en", {
    headers: { "If-None-Match": etag },
  });
  expect(again.status()).toBe(304);
  await conforms("/organizations", "get", again);

  const entry = await request.get("/api/v1/events/immortal-regiment-march-shanghai-2021");
  await conforms("/events/{slug}", "get", entry);
  expect((await entry.json()).data.city).toEqual({ en: "Shanghai", ru: "Шанхай", zh: "上海" });

  const bad = await request.get("/api/v1/events?from=2021-13-01");
  expect(bad.status()).toBe(400);
  await conforms("/events", "get", bad);
  expect((await bad.json()).error).toMatchObject({ code: "invalid_parameter", parameter: "from" });

  const missing = await request.get("/api/v1/diasporas/no-such-diaspora");
  expect(missing.status()).toBe(404);
  await conforms("/diasporas/{slug}", "get", missing);

  const head = await request.head("/api/v1/countries?lang=ka");
  expect(head.status()).toBe(200);
  await conforms("/countries", "head", head);

  const preflight = await request.fetch("/api/v1/search?q=ojag", {
    method: "OPTIONS",
    headers: {
      Origin: "https://example.org",
      "Access-Control-Request-Method": "GET",
      "Access-Control-Request-Headers": "if-none-match",
    },
  });
  expect(preflight.status()).toBe(204);
  await conforms("/search", "options", preflight);

  for (const path of ["/api/v1/organisations", "/api/v1"]) {
    const elsewhere = await request.get(path);
    expect(elsewhere.status()).toBe(404);
    expect((await elsewhere.json()).error.code).toBe("not_found");
  }
});

test("a page on another origin reads the API with fetch, sends If-None-Match (preflighted) and gets 304", async ({
  page,
}) => {
  // A page of another origin that carries none of our pages' CSP (whose connect-src is 'self'): the test mail
  // catcher's. 127.0.0.1 and localhost are different origins: Chromium applies CORS for real.
  await page.goto(`http://127.0.0.1:${MAILBOX_PORT}/health`);
  const api = `http://localhost:${APP_PORT}/api/v1/organizations/amor?lang=ru`;
  const result = await page.evaluate(async (url) => {
    const first = await fetch(url, { cache: "no-store" });
    const body = await first.json();
    const etag = first.headers.get("ETag");
    const second = await fetch(url, { cache: "no-store", headers: { "If-None-Match": etag ?? "" } });
    return { status: first.status, label: body.data.label.value, etag, second: second.status };
  }, api);
  expect(result).toMatchObject({ status: 200, label: "Азербайджанское молодёжное объединение России", second: 304 });
  expect(result.etag).toMatch(/^W\/"/);
});

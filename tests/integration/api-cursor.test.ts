// The API's keyset paging (lib/api/list-page.ts): following next_cursor gives exactly the entries that paging by
// number gives, in the same order, for every order of both long lists; an entry added while a client walks the list
// neither repeats nor skips one (paging by number repeats one); cursors of another order, or beside page, are 400s.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callApi } from "../support/api-client";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
beforeAll(() => resetToSeed(db));
afterAll(() => db.$disconnect());

type Body = { data: { slug: string }[]; page?: number; total?: number; per_page: number; next_cursor: string | null };
const join = (path: string, extra: string) => `${path}${path.includes("?") ? "&" : "?"}${extra}`;

/** Every entry by page number, 100 a page. */
async function byNumber(path: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    const body = (await callApi(join(path, `per_page=100&page=${page}`))).json as Body;
    slugs.push(...body.data.map((d) => d.slug));
    if (page * 100 >= body.total!) return slugs;
  }
}

/** Every entry by cursor, `perPage` a page, checking each page's shape and links on the way. */
async function byCursor(path: string, perPage: number, between?: (pages: number) => Promise<void>): Promise<string[]> {
  const first = await callApi(join(path, `per_page=${perPage}`));
  let body = first.json as Body;
  expect(body.total).toBeGreaterThanOrEqual(body.data.length);
  const slugs = body.data.map((d) => d.slug);
  for (let pages = 1; body.next_cursor; pages++) {
    await between?.(pages);
    const reply = await callApi(join(path, `per_page=${perPage}&cursor=${body.next_cursor}`));
    expect(reply.status, reply.text).toBe(200);
    body = reply.json as Body;
    // A page read by cursor is not counted, and its Link header names the first and the next pages only.
    expect(body).not.toHaveProperty("total");
    expect(body).not.toHaveProperty("page");
    const link = reply.headers.get("link")!;
    expect(link).toMatch(/rel="first"/);
    expect(link.includes('rel="next"')).toBe(body.next_cursor !== null);
    if (body.next_cursor) expect(link).toContain(`cursor=${body.next_cursor}>; rel="next"`);
    // One row is read beyond each page, so the last page is never an empty one.
    expect(body.data.length).toBeGreaterThan(0);
    if (body.next_cursor) expect(body.data).toHaveLength(perPage);
    slugs.push(...body.data.map((d) => d.slug));
  }
  return slugs;
}

describe("following next_cursor", () => {
  it.each([
    "/api/v1/organizations",
    "/api/v1/organizations?sort=name",
    "/api/v1/organizations?sort=name&lang=hy",
    "/api/v1/organizations?sort=founded&lang=en",
    "/api/v1/organizations?q=azerbaijan",
    "/api/v1/organizations?category=RELATED_INSTITUTION&sort=name&lang=uz",
    "/api/v1/events",
    "/api/v1/events?when=past&lang=en",
    "/api/v1/events?country=RU&lang=kk",
    "/api/v1/events?q=festival",
  ])("%s gives what paging by number gives, in order", async (path) => {
    const expected = await byNumber(path);
    // Several pages whatever the list's length.
    const perPage = expected.length > 14 ? 7 : 2;
    expect(expected.length).toBeGreaterThan(perPage);
    expect(new Set(expected).size).toBe(expected.length);
    expect(await byCursor(path, perPage)).toEqual(expected);
  });

  it("neither repeats nor skips an entry when one is added meanwhile (paging by number repeats one)", async () => {
    const before = await byNumber("/api/v1/organizations");
    const add = async (pages: number) => {
      // After the first page, an organization that sorts before everything read so far.
      if (pages === 1) await db.organization.create({ data: { slug: "aaa-added-while-paging" } });
    };
    try {
      expect(await byCursor("/api/v1/organizations", 10, add)).toEqual(before);
      // The same walk by number, the entry already there: the tenth entry comes again on page 2.
      const first = ((await callApi("/api/v1/organizations?per_page=10&page=1")).json as Body).data;
      expect(first[0]!.slug).toBe("aaa-added-while-paging");
      expect(first.at(-1)!.slug).toBe(before[8]);
    } finally {
      await db.organization.deleteMany({ where: { slug: "aaa-added-while-paging" } });
    }
  });
});

describe("cursors refused", () => {
  const nextOf = async (path: string) => ((await callApi(path)).json as Body).next_cursor!;

  it.each([
    ["another sort", "/api/v1/organizations?per_page=5", "/api/v1/organizations?sort=name&per_page=5"],
    [
      "another language's order",
      "/api/v1/organizations?sort=name&per_page=5",
      "/api/v1/organizations?sort=name&lang=en",
    ],
    ["another when", "/api/v1/events?per_page=5", "/api/v1/events?when=past"],
    ["another list", "/api/v1/events?per_page=5", "/api/v1/organizations?"],
  ])("a cursor of %s is a 400 naming cursor", async (_, from, to) => {
    const reply = await callApi(join(to, `cursor=${await nextOf(from)}`));
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ error: { code: "invalid_parameter", parameter: "cursor" } });
  });

  const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  it.each([
    ["beside page", async () => `/api/v1/events?cursor=${await nextOf("/api/v1/events?per_page=5")}&page=2`],
    ["that is not base64url JSON", async () => "/api/v1/organizations?cursor=bm90IGpzb24"],
    ["of the wrong shape", async () => `/api/v1/organizations?cursor=${cursorOf(["organizations:slug", 1])}`],
    [
      "with a null for a key never null",
      async () => `/api/v1/organizations?cursor=${cursorOf(["organizations:slug", null])}`,
    ],
    [
      "with a day that is none",
      async () => `/api/v1/events?cursor=${cursorOf(["events:all:ru,en", "2021-02-30", "2021-02-30", "x", "x"])}`,
    ],
  ])("a cursor %s is a 400 naming cursor", async (_, path) => {
    const reply = await callApi(await path());
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ error: { code: "invalid_parameter", parameter: "cursor" } });
  });

  it("a cursor of the right shape is taken", async () => {
    const reply = await callApi(
      `/api/v1/events?cursor=${cursorOf(["events:all:ru,en", "2021-02-28", "2021-02-28", "x", "x"])}`,
    );
    expect(reply.status).toBe(200);
  });
});

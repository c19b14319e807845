// Nothing is reachable as a server action that is not meant as one (issue #12, item 3). The build's server reference
// manifest lists every id Next will run; each must be either an export of a "use server" module under lib/ (the
// intended actions, tests/support/server-actions.ts) or one of the "use cache" functions listed below, which Next
// registers as callable too (next.js discussion #94286) and which the proxy refuses (lib/security/action-guard.ts).
// A new inline action, a new "use server" file outside lib/, or a new cached function fails here until it is
// listed deliberately. The production server then shows the cached ids refused, however they are posted.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { cachedFunctionCounts, serverActionModules } from "../support/server-actions";

/** The "use cache" functions: reachable by id in Next, refused by the proxy; how many each module holds. */
const CACHED_READERS: Record<string, number> = { "lib/cache/public-reads.ts": 23, "lib/api/cached-endpoints.ts": 4 };
const CACHE_EXPORT = /^\$\$RSC_SERVER_CACHE_\d+$/;

type Entry = { id: string; exportedName: string; filename: string; workers: Record<string, unknown> };
const manifest = JSON.parse(
  readFileSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json"), "utf8"),
) as {
  node: Record<string, Omit<Entry, "id">>;
  edge: Record<string, unknown>;
};
const entries: Entry[] = Object.entries(manifest.node).map(([id, e]) => ({ id, ...e }));
const cachedEntries = entries.filter((e) => CACHE_EXPORT.test(e.exportedName));
/** Next's id kind: the top bit of the first byte is set for "use cache" functions. */
const isCacheId = (id: string) => (parseInt(id.slice(0, 2), 16) & 0x80) !== 0;

test("the manifest holds exactly the intended actions and the listed cached readers", async () => {
  expect(Object.keys(manifest.edge)).toEqual([]);
  const intended = await serverActionModules();
  const actions = entries.filter((e) => !CACHE_EXPORT.test(e.exportedName));
  expect(
    actions.map((e) => ({ file: e.filename, name: e.exportedName })).sort((a, b) => a.name.localeCompare(b.name)),
  ).toEqual(intended);
  for (const e of actions) expect(isCacheId(e.id), `${e.exportedName} has a "use cache" id`).toBe(false);
  // The cached functions: the listed modules only, as many as their sources hold, each with a "use cache" id.
  expect(await cachedFunctionCounts()).toEqual(CACHED_READERS);
  const perModule: Record<string, number> = {};
  for (const e of cachedEntries) perModule[e.filename] = (perModule[e.filename] ?? 0) + 1;
  expect(perModule).toEqual(CACHED_READERS);
  for (const e of cachedEntries) expect(isCacheId(e.id), `${e.filename} ${e.exportedName}`).toBe(true);
});

// What the probe sent: listOrganizations' options with no cap. Any cached reader gets them (its own arguments vary).
const LIST_ALL = JSON.stringify([{ locale: "en", filters: {}, page: 1, pageSize: 1e9, sort: "name" }]);

test("every cached reader is refused as an action, by header, as a form without JavaScript and on a dotted path", async ({
  request,
  baseURL,
}) => {
  expect(cachedEntries.length).toBeGreaterThan(0);
  for (const { id, filename, exportedName } of cachedEntries) {
    const label = `${filename} ${exportedName}`;
    const asFetch = new FormData();
    asFetch.append("0", LIST_ALL);
    for (const target of ["/en", "/en/organizations", "/en/organizations/a.b"]) {
      const byHeader = await request.post(target, {
        headers: { "next-action": id, origin: baseURL!, accept: "text/x-component" },
        multipart: asFetch,
        maxRedirects: 0,
      });
      expect(byHeader.status(), `${label} on ${target}`).toBe(404);
    }
    const asText = await request.post("/en", {
      headers: { "next-action": id, origin: baseURL!, "content-type": "text/plain;charset=UTF-8" },
      data: LIST_ALL,
      maxRedirects: 0,
    });
    expect(asText.status(), `${label} as text`).toBe(404);
    const withoutScript = await request.post("/en", {
      headers: { origin: baseURL! },
      multipart: { [`$ACTION_ID_${id}`]: "" },
      maxRedirects: 0,
    });
    expect(withoutScript.status(), `${label} without JavaScript`).toBe(404);
    const bound = await request.post("/en", {
      headers: { origin: baseURL! },
      multipart: { $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id, bound: "$@1" }), "$ACTION_1:1": LIST_ALL },
      maxRedirects: 0,
    });
    expect(bound.status(), `${label} without JavaScript, arguments bound`).toBe(404);
  }
});

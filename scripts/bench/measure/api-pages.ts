// Deep pages of the API's long lists, by number (OFFSET) and by cursor (keyset, lib/api/list-page.ts): the endpoint
// functions run in this process against the bench database, uncached (the routes' cache would answer a repeated
// address from memory). Each deep page by number is read once to get its next_cursor; the page after it is then
// timed both ways, so the two readings return the same entries.
import { listEventsEndpoint } from "../../../lib/api/events";
import { listOrganizationsEndpoint } from "../../../lib/api/organizations";
import { summarize, timed, type Summary } from "./stats";

export type ApiPageRow = {
  list: string;
  query: string;
  page: number;
  byNumber: Summary;
  byCursor: Summary;
  same: boolean;
};

type Endpoint = (url: URL) => Promise<{ body: { data: { slug: string }[]; next_cursor?: string | null } }>;

const LISTS: { list: string; path: string; query: string; endpoint: Endpoint }[] = [
  { list: "events", path: "/api/v1/events", query: "", endpoint: listEventsEndpoint },
  { list: "events", path: "/api/v1/events", query: "country=DE", endpoint: listEventsEndpoint },
  { list: "organizations", path: "/api/v1/organizations", query: "", endpoint: listOrganizationsEndpoint },
  { list: "organizations", path: "/api/v1/organizations", query: "sort=name", endpoint: listOrganizationsEndpoint },
];

const PER_PAGE = 100;

export async function measureApiPages(
  pages: number[],
  repetitions: number,
  log: (line: string) => void,
): Promise<ApiPageRow[]> {
  const rows: ApiPageRow[] = [];
  for (const { list, path, query, endpoint } of LISTS) {
    const url = (extra: string) =>
      new URL(`http://bench${path}?${[query, `per_page=${PER_PAGE}`, extra].filter(Boolean).join("&")}`);
    for (const page of pages) {
      const before = await endpoint(url(`page=${page - 1}`));
      const cursor = before.body.next_cursor;
      if (!cursor) {
        log(`${list}?${query}: no page ${page}`);
        continue;
      }
      const numbered = await endpoint(url(`page=${page}`));
      const sought = await endpoint(url(`cursor=${cursor}`));
      const same =
        JSON.stringify(numbered.body.data.map((d) => d.slug)) === JSON.stringify(sought.body.data.map((d) => d.slug));
      const byNumber: number[] = [];
      const byCursor: number[] = [];
      for (let i = 0; i < repetitions; i++) {
        byNumber.push(await timed(() => endpoint(url(`page=${page}`))));
        byCursor.push(await timed(() => endpoint(url(`cursor=${cursor}`))));
      }
      const row = { list, query, page, byNumber: summarize(byNumber), byCursor: summarize(byCursor), same };
      rows.push(row);
      log(
        `${list}?${query} page ${page}: by number median ${row.byNumber.median} ms (max ${row.byNumber.max}), by cursor median ${row.byCursor.median} ms (max ${row.byCursor.max})${same ? "" : " — DIFFERENT ENTRIES"}`,
      );
    }
  }
  return rows;
}

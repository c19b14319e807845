// A page of a list: `{ data, page, per_page, total, next_cursor }` in the body, and an RFC 8288 Link header with the
// first, previous, next and last pages (the request's own parameters kept). A page read by cursor (keyset paging,
// lib/api/cursor.ts) has no number and no total: its Link header names the first page and the next one only.
import type { EndpointResult } from "./http/route";
import { apiUrl } from "./urls";

export type PageBody<Item> = {
  data: Item[];
  page?: number;
  per_page: number;
  total?: number;
  next_cursor?: string | null;
};
export type Page<Item> = EndpointResult & { body: PageBody<Item> };

type Counts = { page: number; perPage: number; total: number };

const linkTo = (url: URL, rel: string, set: Record<string, string | null>) => {
  const query = new URLSearchParams(url.searchParams);
  for (const [name, value] of Object.entries(set)) {
    if (value === null) query.delete(name);
    else query.set(name, value);
  }
  const search = query.size ? `?${query}` : "";
  return `<${apiUrl(`${url.pathname.replace(/^\/api\/v1/, "")}${search}`)}>; rel="${rel}"`;
};

export function pageOf<Item>(
  url: URL,
  data: Item[],
  { page, perPage, total }: Counts,
  extra: Record<string, unknown> = {},
): Page<Item> {
  const last = Math.max(1, Math.ceil(total / perPage));
  const link = (n: number, rel: string) => linkTo(url, rel, { page: String(n) });
  const links = [link(1, "first")];
  if (page > 1) links.push(link(Math.min(page - 1, last), "prev"));
  if (page < last) links.push(link(page + 1, "next"));
  links.push(link(last, "last"));
  return {
    body: { data, page, per_page: perPage, total, ...extra } as PageBody<Item>,
    headers: { Link: links.join(", ") },
  };
}

/** A page read by cursor: the data, and where the next page starts (null after the last). */
export function seekPageOf<Item>(url: URL, data: Item[], perPage: number, nextCursor: string | null): Page<Item> {
  const links = [linkTo(url, "first", { cursor: null, page: null })];
  if (nextCursor) links.push(linkTo(url, "next", { cursor: nextCursor, page: null }));
  return { body: { data, per_page: perPage, next_cursor: nextCursor }, headers: { Link: links.join(", ") } };
}

// A page of a list: `{ data, page, per_page, total }` in the body, and an RFC 8288 Link header with the
// first, previous, next and last pages (the request's own parameters kept).
import type { EndpointResult } from "./http/route";
import { apiUrl } from "./urls";

export type PageBody<Item> = { data: Item[]; page: number; per_page: number; total: number };
export type Page<Item> = EndpointResult & { body: PageBody<Item> };

type Counts = { page: number; perPage: number; total: number };

export function pageOf<Item>(
  url: URL,
  data: Item[],
  { page, perPage, total }: Counts,
  extra: Record<string, unknown> = {},
): Page<Item> {
  const last = Math.max(1, Math.ceil(total / perPage));
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(url.searchParams);
    query.set("page", String(n));
    return `<${apiUrl(`${url.pathname.replace(/^\/api\/v1/, "")}?${query}`)}>; rel="${rel}"`;
  };
  const links = [link(1, "first")];
  if (page > 1) links.push(link(Math.min(page - 1, last), "prev"));
  if (page < last) links.push(link(page + 1, "next"));
  links.push(link(last, "last"));
  return {
    body: { data, page, per_page: perPage, total, ...extra } as PageBody<Item>,
    headers: { Link: links.join(", ") },
  };
}

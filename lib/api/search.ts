import "server-only";
import { db } from "@/lib/db/client";
import { rankMatches, type SearchKind } from "@/lib/search/match";
import { MAX_QUERY_LENGTH, parseSearchQuery } from "@/lib/search/query";
import { invalidParameter } from "./http/errors";
import { localizedMap, withLabel, type LocalizedMap } from "./localized";
import { pageOf } from "./paging";
import { SEARCH_KINDS } from "./parameters";
import { readQuery } from "./query";
import { pageUrl, type PageKind } from "./urls";

type Named = { id: string; slug: string; name: LocalizedMap };

const PAGES: Record<SearchKind, PageKind> = { organization: "organizations", event: "events", diaspora: "diasporas" };

/** Each kind's names (an event's title) for the ids found. */
async function loadNames(kind: SearchKind, ids: string[]): Promise<Map<string, Named>> {
  const where = { id: { in: ids } };
  const rows: Named[] =
    kind === "organization"
      ? (
          await db.organization.findMany({
            where,
            select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
          })
        ).map((r) => ({ id: r.id, slug: r.slug, name: localizedMap(r.translations, "name") }))
      : kind === "event"
        ? (
            await db.event.findMany({
              where,
              select: { id: true, slug: true, translations: { select: { locale: true, title: true } } },
            })
          ).map((r) => ({ id: r.id, slug: r.slug, name: localizedMap(r.translations, "title") }))
        : (
            await db.diaspora.findMany({
              where,
              select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
            })
          ).map((r) => ({ id: r.id, slug: r.slug, name: localizedMap(r.translations, "name") }));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * GET /search: one query over organizations, events and diasporas, ranked as on the search page. Hits come
 * kind by kind (organizations, events, diasporas), each kind best first; `totals` counts each kind searched.
 */
export async function searchEndpoint(url: URL) {
  const { params, page, perPage, lang } = readQuery(url, "/search");
  const q = params.q!.trim();
  if (Array.from(q).length > MAX_QUERY_LENGTH)
    throw invalidParameter("q", `q must be 1 to ${MAX_QUERY_LENGTH} characters.`);
  const kind = params.kind;
  if (kind !== undefined && !(SEARCH_KINDS as readonly string[]).includes(kind)) {
    throw invalidParameter("kind", `kind must be one of ${SEARCH_KINDS.join(", ")}.`);
  }
  const kinds = kind ? [kind as SearchKind] : [...SEARCH_KINDS];
  const query = parseSearchQuery(q);
  const offset = (page - 1) * perPage;
  const ranked = await Promise.all(
    kinds.map(async (k) => ({ kind: k, ...(await rankMatches(k, query, offset + perPage)) })),
  );
  const window = ranked.flatMap((r) => r.ids.map((id) => ({ kind: r.kind, id }))).slice(offset, offset + perPage);
  const names = new Map(
    await Promise.all(
      kinds.map(
        async (k) =>
          [
            k,
            await loadNames(
              k,
              window.filter((w) => w.kind === k).map((w) => w.id),
            ),
          ] as const,
      ),
    ),
  );
  const data = window.flatMap(({ kind: k, id }) => {
    const hit = names.get(k)?.get(id);
    return hit
      ? [
          {
            kind: k,
            id,
            slug: hit.slug,
            url: pageUrl(PAGES[k], hit.slug, lang),
            name: hit.name,
            ...withLabel(hit.name, lang),
          },
        ]
      : [];
  });
  const totals = Object.fromEntries(ranked.map((r) => [r.kind, r.total]));
  const total = ranked.reduce((sum, r) => sum + r.total, 0);
  return pageOf(url, data, { page, perPage, total }, { totals, capped: ranked.some((r) => r.capped) });
}

import "server-only";
import { db } from "@/lib/db/client";
import { isSlug } from "@/lib/validation/text";
import { Prisma } from "@/lib/db/generated/client";
import { todayIso } from "@/lib/events/event-period";
import { eventConditions, translationJoins, whenScope } from "@/lib/events/filter-sql";
import { parseEventQuery, type EventWhen } from "@/lib/events/filters";
import { orderKeys } from "@/lib/events/list-events";
import { contentFallbackChain } from "@/lib/i18n/localized";
import { matchEventIds } from "@/lib/search/match";
import { citationSelect, toCitations } from "@/lib/sources/citation";
import { notFound } from "./http/errors";
import { localizedMap, provenanceMap, withLabel } from "./localized";
import { readListPage } from "./list-page";
import { pageOf, seekPageOf, type Page } from "./paging";
import { readQuery, rejectIgnored } from "./query";
import { apiCitation, namedRefs, namedRefSelect } from "./references";
import { pageUrl } from "./urls";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

const eventSelect = {
  id: true,
  slug: true,
  type: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  dateBasis: true,
  countryCode: true,
  onlineUrl: true,
  createdAt: true,
  updatedAt: true,
  translations: {
    select: {
      locale: true,
      title: true,
      description: true,
      city: true,
      recurrence: true,
      titleProvenance: true,
      descriptionProvenance: true,
    },
  },
  organizers: { select: { organization: { select: namedRefSelect } } },
  diasporas: { select: { diaspora: { select: namedRefSelect } } },
} satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

function represent(row: EventRow, lang: string | undefined) {
  const title = localizedMap(row.translations, "title");
  return {
    id: row.id,
    slug: row.slug,
    url: pageUrl("events", row.slug, lang),
    title,
    ...withLabel(title, lang),
    type: row.type,
    start_date: isoDate(row.startDate),
    end_date: isoDate(row.endDate),
    date_precision: row.datePrecision,
    date_basis: row.dateBasis,
    country: row.countryCode,
    city: localizedMap(row.translations, "city"),
    online_url: row.onlineUrl,
    description: localizedMap(row.translations, "description"),
    // Where each language's title and description come from (decision 0024), as for organizations.
    title_provenance: provenanceMap(row.translations, "title", "titleProvenance"),
    description_provenance: provenanceMap(row.translations, "description", "descriptionProvenance"),
    recurrence: localizedMap(row.translations, "recurrence"),
    organizers: namedRefs(row.organizers.map((o) => o.organization)),
    diasporas: namedRefs(row.diasporas.map((d) => d.diaspora)),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** GET /events: the events list's filters; `when` defaults to all (the page's default is upcoming). */
export async function listEventsEndpoint(url: URL): Promise<Page<ReturnType<typeof represent>>> {
  const query = readQuery(url, "/events");
  const { params, page, perPage, lang } = query;
  const parsed = parseEventQuery(params);
  rejectIgnored("/events", parsed.ignored);
  const { filters } = parsed;
  const when: EventWhen = params.when ? parsed.when : "all";
  const matchedIds = filters.q ? await matchEventIds(filters.q) : null;
  const chain = contentFallbackChain(lang ?? "ru");
  const listed = await readListPage(
    {
      id: Prisma.sql`e.id`,
      table: Prisma.sql`"Event" e`,
      joins: translationJoins(chain),
      where: eventConditions(filters, whenScope(when, todayIso()), matchedIds),
      keys: orderKeys(when),
      order: `events:${when}:${chain.join(",")}`,
    },
    query,
  );
  const rows = await db.event.findMany({ where: { id: { in: listed.ids } }, select: eventSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const data = listed.ids.flatMap((id) => (byId.has(id) ? [represent(byId.get(id)!, lang)] : []));
  if (listed.total === null) return seekPageOf(url, data, perPage, listed.nextCursor);
  return pageOf(url, data, { page, perPage, total: listed.total }, { next_cursor: listed.nextCursor });
}

/** GET /events/{slug}: the event and its numbered sources. */
export async function getEventEndpoint(url: URL, { slug }: { slug: string }) {
  const { lang } = readQuery(url, "/events/{slug}");
  if (!isSlug(slug)) throw notFound("event", "slug", slug);
  const row = await db.event.findUnique({ where: { slug }, select: { ...eventSelect, sources: citationSelect } });
  if (!row) throw notFound("event", "slug", slug);
  return { body: { data: { ...represent(row, lang), citations: toCitations(row.sources).map(apiCitation) } } };
}

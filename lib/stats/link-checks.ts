import "server-only";
// What the link monitor found (lib/links), for /stats: digital presence over time (per month, how many
// organizations had an address checked, and how many of them answered) and the languages the organizations'
// websites declare, per diaspora: Russian, the diaspora's national language, English (the article's question).
import { Prisma } from "@/lib/db/generated/client";
import { aggregate } from "./run-query";
import { scopedOrganizations } from "./scope-sql";
import type { StatsScope } from "./scope";

/** Months of history shown: checks older than this are kept, not charted. */
export const PRESENCE_HISTORY_MONTHS = 24;

/** One month: organizations with an address checked, with one online, and with every checked address failing. */
export type PresenceMonth = { month: string; checked: number; online: number; unreachable: number };

export async function presenceOverTime(scope: StatsScope, now = new Date()): Promise<PresenceMonth[]> {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - PRESENCE_HISTORY_MONTHS + 1, 1));
  return aggregate<PresenceMonth>(Prisma.sql`
    WITH ${scopedOrganizations(scope)},
    monthly AS (
      SELECT c."organizationId" AS id, date_trunc('month', lc."checkedAt") AS month,
        bool_or(lc.outcome = 'ONLINE') AS online, bool_and(lc.outcome = 'FAILED') AS unreachable
      FROM "LinkCheck" lc
      JOIN "OrganizationChannel" c ON c.url = lc.url
      JOIN scoped s ON s.id = c."organizationId"
      WHERE lc."checkedAt" >= ${since}
      GROUP BY 1, 2
    )
    SELECT to_char(month, 'YYYY-MM') AS month, count(*)::int AS checked,
      count(*) FILTER (WHERE online)::int AS online, count(*) FILTER (WHERE unreachable)::int AS unreachable
    FROM monthly GROUP BY month ORDER BY month`);
}

/**
 * Per diaspora: organizations whose website answered at its latest check, and how many of them declare (in
 * <html lang>, hreflang or Content-Language) Russian, a national language of the diaspora, English, or nothing.
 * Languages are compared by their primary subtag (ru-RU is Russian).
 */
export type SiteLanguages = {
  diaspora: string;
  online: number;
  russian: number;
  national: number;
  english: number;
  undeclared: number;
};

export async function siteLanguagesByDiaspora(scope: StatsScope): Promise<SiteLanguages[]> {
  return aggregate<SiteLanguages>(Prisma.sql`
    WITH ${scopedOrganizations(scope)},
    sites AS (
      SELECT c."organizationId" AS id,
        array_agg(DISTINCT split_part(lower(l), '-', 1)) FILTER (WHERE l IS NOT NULL) AS languages
      FROM "OrganizationChannel" c
      JOIN scoped s ON s.id = c."organizationId"
      JOIN "MonitoredLink" m ON m.url = c.url AND m.outcome = 'ONLINE'
      JOIN "LinkCheck" lc ON lc.id = m."lastCheckId"
      LEFT JOIN LATERAL unnest(lc.languages) l ON true
      WHERE c.kind = 'WEBSITE'
      GROUP BY 1
    )
    SELECT d.slug AS diaspora, count(*)::int AS online,
      count(*) FILTER (WHERE 'ru' = ANY(sites.languages))::int AS russian,
      count(*) FILTER (WHERE sites.languages && ARRAY(SELECT split_part(lower(x), '-', 1) FROM unnest(d.languages) x)
        )::int AS national,
      count(*) FILTER (WHERE 'en' = ANY(sites.languages))::int AS english,
      count(*) FILTER (WHERE sites.languages IS NULL)::int AS undeclared
    FROM sites
    JOIN "OrganizationDiaspora" od ON od."organizationId" = sites.id
    JOIN "Diaspora" d ON d.id = od."diasporaId"
    GROUP BY d.slug, d.languages
    ORDER BY count(*) DESC, d.slug`);
}

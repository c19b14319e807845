import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { SOCIAL_MEDIA_KINDS } from "./charts";
import { aggregate } from "./run-query";
import { scopedOrganizations } from "./scope-sql";
import type { StatsScope } from "./scope";
import type { PresenceBreakdown, PresenceCounts } from "./types";

export type PresenceDimension = "diaspora" | "country";

const GROUPS: Record<PresenceDimension, Prisma.Sql> = {
  diaspora: Prisma.sql`SELECT od."organizationId" AS id, d.slug AS key
    FROM "OrganizationDiaspora" od JOIN "Diaspora" d ON d.id = od."diasporaId"`,
  country: Prisma.sql`SELECT c."organizationId" AS id, c."countryCode"::text AS key FROM "OrganizationCountry" c`,
};

type Row = PresenceCounts & { level: "all" | "group" | "none"; key: string | null };

/**
 * For every diaspora (or host country) with organizations in the scope: how many have a website, a social-media
 * channel, a multilingual website (their websites together publish in two or more languages, counted by primary
 * language subtag, so ru and ru-RU are one), or any channel at all. A website or social media that a source attests
 * without an address (Organization.onlinePresence) counts as one, and is counted apart too, so the page can say which
 * share rests on such statements; "online" is any channel or any attested presence (using the internet included).
 * Also the same over the whole scope, and over the organizations in no group. One statement.
 */
export async function digitalPresenceBy(dimension: PresenceDimension, scope: StatsScope): Promise<PresenceBreakdown> {
  const rows = await aggregate<Row>(Prisma.sql`
    WITH ${scopedOrganizations(scope, Prisma.sql`o.id, o."onlinePresence" AS presence`)},
    channels AS (
      -- One pass over the scope's channels. Two or more website languages ⇔ the smallest differs from the largest
      -- (over all its websites), which needs no DISTINCT and so no sort per organization.
      SELECT c."organizationId" AS id,
        bool_or(c.kind = 'WEBSITE') AS website,
        bool_or(c.kind::text = ANY(${[...SOCIAL_MEDIA_KINDS]}::text[])) AS social,
        min(w.lo) FILTER (WHERE c.kind = 'WEBSITE') <> max(w.hi) FILTER (WHERE c.kind = 'WEBSITE') AS multilingual
      FROM "OrganizationChannel" c JOIN scoped s ON s.id = c."organizationId"
      CROSS JOIN LATERAL (
        SELECT min(split_part(lower(l), '-', 1)) AS lo, max(split_part(lower(l), '-', 1)) AS hi FROM unnest(c.languages) l
      ) w
      GROUP BY c."organizationId"
    ),
    p AS (
      SELECT s.id, coalesce(ch.website, false) OR 'WEBSITE' = ANY(s.presence) AS website,
        coalesce(ch.social, false) OR 'SOCIAL_MEDIA' = ANY(s.presence) AS social,
        NOT coalesce(ch.website, false) AND 'WEBSITE' = ANY(s.presence) AS website_no_address,
        NOT coalesce(ch.social, false) AND 'SOCIAL_MEDIA' = ANY(s.presence) AS social_no_address,
        coalesce(ch.multilingual, false) AS multilingual, ch.id IS NOT NULL AS any_channel,
        ch.id IS NOT NULL OR cardinality(s.presence) > 0 AS online,
        ch.id IS NULL AND cardinality(s.presence) > 0 AS online_no_address
      FROM scoped s LEFT JOIN channels ch ON ch.id = s.id
    ),
    g AS (${GROUPS[dimension]})
    SELECT 'all' AS level, NULL AS key, ${measures} FROM p
    UNION ALL
    SELECT 'group', g.key, ${measures} FROM p JOIN g ON g.id = p.id GROUP BY g.key
    UNION ALL
    SELECT 'none', NULL, ${measures} FROM p WHERE NOT EXISTS (SELECT 1 FROM g WHERE g.id = p.id)`);
  const counts = (r: Row | undefined): PresenceCounts => ({
    organizations: r?.organizations ?? 0,
    website: r?.website ?? 0,
    socialMedia: r?.socialMedia ?? 0,
    multilingualWebsite: r?.multilingualWebsite ?? 0,
    anyChannel: r?.anyChannel ?? 0,
    websiteWithoutAddress: r?.websiteWithoutAddress ?? 0,
    socialMediaWithoutAddress: r?.socialMediaWithoutAddress ?? 0,
    online: r?.online ?? 0,
    onlineWithoutAddress: r?.onlineWithoutAddress ?? 0,
  });
  const groups = rows
    .filter((r) => r.level === "group" && r.key !== null)
    .map((r) => ({ key: r.key!, ...counts(r) }))
    .sort((a, b) => b.organizations - a.organizations || a.key.localeCompare(b.key));
  return {
    all: counts(rows.find((r) => r.level === "all")),
    rows: groups,
    notRecorded: counts(rows.find((r) => r.level === "none")),
  };
}

const measures = Prisma.sql`count(*)::int AS organizations,
  count(*) FILTER (WHERE p.website)::int AS website,
  count(*) FILTER (WHERE p.social)::int AS "socialMedia",
  count(*) FILTER (WHERE p.multilingual)::int AS "multilingualWebsite",
  count(*) FILTER (WHERE p.any_channel)::int AS "anyChannel",
  count(*) FILTER (WHERE p.website_no_address)::int AS "websiteWithoutAddress",
  count(*) FILTER (WHERE p.social_no_address)::int AS "socialMediaWithoutAddress",
  count(*) FILTER (WHERE p.online)::int AS online,
  count(*) FILTER (WHERE p.online_no_address)::int AS "onlineWithoutAddress"`;

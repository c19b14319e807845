import "server-only";
// What the link monitor found, as the pages need it: the latest check of each of an organization's addresses (its
// profile, exports, the API) and the failing links in a curator's scope (their queue, /curate/links).
import { isGlobal, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ChannelKind } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";
import type { LinkState } from "./link-state";

export type { LinkState } from "./link-state";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The latest check of each address that has one; addresses never checked are absent. */
export async function linkStates(urls: readonly string[]): Promise<Map<string, LinkState>> {
  if (urls.length === 0) return new Map();
  const links = await db.monitoredLink.findMany({
    where: { url: { in: [...new Set(urls)] }, lastCheckId: { not: null } },
    select: { url: true, failures: true, failingSince: true, lastCheckId: true },
  });
  const checks = await db.linkCheck.findMany({
    where: { id: { in: links.map((l) => l.lastCheckId!) } },
    select: {
      id: true,
      checkedAt: true,
      outcome: true,
      status: true,
      reason: true,
      finalUrl: true,
      https: true,
      languages: true,
      lastModified: true,
      changedAt: true,
    },
  });
  const byId = new Map(checks.map((c) => [c.id, c]));
  return new Map(
    links.flatMap((link) => {
      const check = byId.get(link.lastCheckId!);
      if (!check) return [];
      const state: LinkState = {
        checkedAt: check.checkedAt.toISOString(),
        outcome: check.outcome,
        broken: link.failures >= env.LINKS_BROKEN_AFTER,
        failingSince: iso(link.failingSince),
        status: check.status,
        reason: check.reason,
        finalUrl: check.finalUrl,
        https: check.https,
        languages: check.languages,
        lastModified: iso(check.lastModified),
        changedAt: iso(check.changedAt),
      };
      return [[link.url, state] as const];
    }),
  );
}

export type ProblemLink = {
  url: string;
  kind: ChannelKind;
  organization: { id: string; slug: string; name: LocalizedText | null };
  broken: boolean;
  failures: number;
  failingSince: string;
  checkedAt: string;
  status: number | null;
  reason: string | null;
};

/** How many failing links the queue lists at most (the broken ones first, the longest broken first). */
export const PROBLEM_LINKS_SHOWN = 300;

/** Which organizations the actor's queue covers: all for a site-wide role, else those of their diasporas. */
function scopeSql(actor: Actor) {
  const everywhere = actor.grants.some(isGlobal);
  const diasporaIds = [...new Set(actor.grants.flatMap((g) => g.diasporaIds))];
  return Prisma.sql`(${everywhere} OR EXISTS (
    SELECT 1 FROM "OrganizationDiaspora" od
    WHERE od."organizationId" = o.id AND od."diasporaId" = ANY(${diasporaIds}::uuid[])))`;
}

/** How many addresses of the organizations in the actor's scope are broken (the curators' landing page says it). */
export async function countBrokenLinks(actor: Actor): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(DISTINCT c.url)::int AS count
    FROM "MonitoredLink" m
    JOIN "OrganizationChannel" c ON c.url = m.url
    JOIN "Organization" o ON o.id = c."organizationId"
    WHERE m.failures >= ${env.LINKS_BROKEN_AFTER} AND ${scopeSql(actor)}`;
  return row?.count ?? 0;
}

/** The failing addresses of the organizations in the actor's scope: broken first, then those failing once so far. */
export async function listProblemLinks(actor: Actor, locale: string): Promise<ProblemLink[]> {
  const rows = await db.$queryRaw<
    {
      url: string;
      kind: ChannelKind;
      organizationId: string;
      slug: string;
      failures: number;
      failingSince: Date;
      checkedAt: Date;
      status: number | null;
      reason: string | null;
    }[]
  >`
    SELECT c.url, c.kind, o.id AS "organizationId", o.slug, m.failures, m."failingSince", m."checkedAt",
      lc.status, lc.reason
    FROM "MonitoredLink" m
    JOIN "OrganizationChannel" c ON c.url = m.url
    JOIN "Organization" o ON o.id = c."organizationId"
    LEFT JOIN "LinkCheck" lc ON lc.id = m."lastCheckId"
    WHERE m.failures > 0 AND m."failingSince" IS NOT NULL AND ${scopeSql(actor)}
    ORDER BY m.failures >= ${env.LINKS_BROKEN_AFTER} DESC, m."failingSince", o.slug, c.url
    LIMIT ${Prisma.raw(String(PROBLEM_LINKS_SHOWN))}`;
  const names = await db.organizationTranslation.findMany({
    where: { organizationId: { in: [...new Set(rows.map((r) => r.organizationId))] } },
    select: { organizationId: true, locale: true, name: true },
  });
  return rows.map((r) => ({
    url: r.url,
    kind: r.kind,
    organization: {
      id: r.organizationId,
      slug: r.slug,
      name: pickLocalized(
        names.filter((n) => n.organizationId === r.organizationId),
        "name",
        locale,
      ),
    },
    broken: r.failures >= env.LINKS_BROKEN_AFTER,
    failures: r.failures,
    failingSince: r.failingSince.toISOString(),
    checkedAt: r.checkedAt.toISOString(),
    status: r.status,
    reason: r.reason,
  }));
}

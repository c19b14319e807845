import "server-only";
// The link and digital-presence monitor (issue #14, item 3; docs/decisions/0036-link-monitor.md). Every address an
// organization gives (its website and channels) is a MonitoredLink, checked when due: rounds take a batch of due
// links (a lease: nextCheckAt pushed forward while they are checked, so two rounds never take one link, and a round
// that dies leaves them due again an hour later), check them politely (./check-link.ts) and record each check
// (LinkCheck, the history) and the link's state: failing since when, how many failures in a row. A link that
// failed LINKS_BROKEN_AFTER checks in a row is broken: it goes to its curators' queue (/curate/links) and its
// profile says "unreachable since …". A failing link is checked again after LINKS_RETRY_HOURS, any other after
// LINKS_CHECK_DAYS.
import { expireTagsInBackground } from "@/lib/cache/expire-in-background";
import { cacheTags } from "@/lib/cache/tags";
import type { Database } from "@/lib/db/connect";
import type { LinkOutcome } from "@/lib/db/generated/enums";
import type { FetchOptions } from "@/lib/feeds/import/fetch-calendar";
import { fetchableUrl } from "@/lib/feeds/import/fetch-calendar";
import { checkLink, type CheckContext, type CheckResult } from "./check-link";
import { HostPacer } from "./pacer";

const HOUR = 3600_000;
/** How long a round holds the links it took; longer than a round may run (the job expires after 30 minutes). */
const LEASE_MS = HOUR;
/** A round starts no check after this long, and gives back the links it did not reach. */
const ROUND_MS = 20 * 60_000;
/** Hosts checked side by side in a round (each host's requests one at a time, paced). */
const HOSTS_AT_ONCE = 8;

export type LinkSettings = {
  checkDays: number;
  retryHours: number;
  brokenAfter: number;
  spacingSeconds: number;
  batch: number;
  fetch?: Pick<FetchOptions, "loopbackPorts" | "allowPrivateAddresses" | "timeoutMs">;
  now?: () => Date;
};

export type LinkReport = { checked: number; online: number; failed: number; inconclusive: number; broken: number };

/** Adds every organization channel's address that is not monitored yet; returns how many were added. */
export async function syncMonitoredLinks(db: Database, organizationId?: string): Promise<number> {
  const rows = await db.$queryRaw<{ url: string }[]>`
    SELECT DISTINCT c.url FROM "OrganizationChannel" c
    WHERE (${organizationId ?? null}::uuid IS NULL OR c."organizationId" = ${organizationId ?? null}::uuid)
      AND NOT EXISTS (SELECT 1 FROM "MonitoredLink" m WHERE m.url = c.url)`;
  const data = rows.map(({ url }) => ({ url, host: fetchableUrl(url)?.host ?? "" }));
  if (data.length === 0) return 0;
  const { count } = await db.monitoredLink.createMany({ data, skipDuplicates: true });
  return count;
}

/** Takes up to `batch` due links still given by some organization, oldest due first, pushing them past the lease. */
async function leaseDue(db: Database, now: Date, batch: number): Promise<{ url: string; host: string }[]> {
  return db.$queryRaw<{ url: string; host: string }[]>`
    UPDATE "MonitoredLink" SET "nextCheckAt" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE url IN (
      SELECT m.url FROM "MonitoredLink" m
      WHERE m."nextCheckAt" <= ${now}
        AND EXISTS (SELECT 1 FROM "OrganizationChannel" c WHERE c.url = m.url)
      ORDER BY m."nextCheckAt", m.url
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED)
    RETURNING url, host`;
}

/** Records one check and the link's new state; returns whether its state (online, failing, broken) changed. */
async function record(db: Database, url: string, result: CheckResult, at: Date, settings: LinkSettings) {
  return db.$transaction(async (tx) => {
    const link = await tx.monitoredLink.findUniqueOrThrow({
      where: { url },
      select: { outcome: true, failures: true, failingSince: true, lastCheckId: true },
    });
    const previous = link.lastCheckId
      ? await tx.linkCheck.findUnique({
          where: { id: link.lastCheckId },
          select: { contentHash: true, changedAt: true },
        })
      : null;
    // When the page last changed: the server's Last-Modified; else the first check that saw this text (unknown on
    // the first check of all).
    const changedAt =
      result.lastModified ??
      (result.textHash === null
        ? null
        : previous?.contentHash === result.textHash
          ? previous.changedAt
          : previous
            ? at
            : null);
    const check = await tx.linkCheck.create({
      data: {
        url,
        checkedAt: at,
        outcome: result.outcome,
        status: result.status,
        reason: result.reason,
        finalUrl: result.finalUrl,
        redirects: result.redirects,
        https: result.https,
        languages: result.languages,
        lastModified: result.lastModified,
        contentHash: result.textHash,
        changedAt,
        durationMs: result.durationMs,
      },
      select: { id: true },
    });
    const failed = result.outcome === "FAILED";
    const failures = failed ? link.failures + 1 : result.outcome === "ONLINE" ? 0 : link.failures;
    await tx.monitoredLink.update({
      where: { url },
      data: {
        checkedAt: at,
        outcome: result.outcome,
        lastCheckId: check.id,
        failures,
        failingSince: failed ? (link.failingSince ?? at) : result.outcome === "ONLINE" ? null : link.failingSince,
        nextCheckAt: new Date(at.getTime() + (failed ? settings.retryHours * HOUR : settings.checkDays * 24 * HOUR)),
      },
      select: { url: true },
    });
    const state = (outcome: LinkOutcome | null, count: number) =>
      `${outcome}:${count >= settings.brokenAfter ? "broken" : count > 0 ? "failing" : "ok"}`;
    return {
      changed: state(link.outcome, link.failures) !== state(result.outcome, failures),
      broken: failures >= settings.brokenAfter,
    };
  });
}

/** Checks the links, hosts side by side and each host's links one after another; stops starting checks at `until`. */
async function checkAll(db: Database, links: { url: string; host: string }[], settings: LinkSettings, until: number) {
  const now = settings.now ?? (() => new Date());
  const context: CheckContext = {
    pacer: new HostPacer(settings.spacingSeconds * 1000),
    robots: new Map(),
    fetch: settings.fetch ?? {},
  };
  const byHost = new Map<string, string[]>();
  for (const link of links) byHost.set(link.host, [...(byHost.get(link.host) ?? []), link.url]);
  const report: LinkReport = { checked: 0, online: 0, failed: 0, inconclusive: 0, broken: 0 };
  const changed: string[] = [];
  const unreached: string[] = [];
  const hosts = [...byHost.values()];
  const worker = async () => {
    for (let urls = hosts.shift(); urls; urls = hosts.shift()) {
      for (const url of urls) {
        if (Date.now() > until) {
          unreached.push(url);
          continue;
        }
        const result = await checkLink(url, context);
        const state = await record(db, url, result, now(), settings);
        report.checked++;
        if (result.outcome === "ONLINE") report.online++;
        else if (result.outcome === "FAILED") report.failed++;
        else report.inconclusive++;
        if (state.broken) report.broken++;
        if (state.changed) changed.push(url);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(HOSTS_AT_ONCE, hosts.length) }, worker));
  // Links the round did not reach are due again at once.
  if (unreached.length)
    await db.monitoredLink.updateMany({ where: { url: { in: unreached } }, data: { nextCheckAt: now() } });
  await expireChanged(db, changed, report.checked > 0);
  return report;
}

/** The profiles whose links changed state, and the statistics after any check. */
async function expireChanged(db: Database, urls: string[], checked: boolean) {
  const organizations = urls.length
    ? await db.organization.findMany({ where: { channels: { some: { url: { in: urls } } } }, select: { slug: true } })
    : [];
  const tags = [
    ...organizations.map((o) => cacheTags.organization(o.slug)),
    ...(checked ? [cacheTags.linkChecks] : []),
  ];
  await expireTagsInBackground(tags);
}

/** A scheduled round: the due links, up to the batch. */
export async function checkDueLinks(db: Database, settings: LinkSettings): Promise<LinkReport & { added: number }> {
  const now = settings.now ?? (() => new Date());
  const added = await syncMonitoredLinks(db);
  const links = await leaseDue(db, now(), settings.batch);
  return { added, ...(await checkAll(db, links, settings, Date.now() + ROUND_MS)) };
}

/**
 * One organization's links now, due or not: the addresses an approved edit added (`urls`), or all of them (null)
 * when a curator asks for a check again. Only addresses the organization still gives are checked.
 */
export async function checkOrganizationLinks(
  db: Database,
  organizationId: string,
  urls: readonly string[] | null,
  settings: LinkSettings,
): Promise<LinkReport> {
  await syncMonitoredLinks(db, organizationId);
  const given = await db.organizationChannel.findMany({
    where: { organizationId, ...(urls ? { url: { in: [...urls] } } : {}) },
    select: { url: true },
  });
  const links = await db.monitoredLink.findMany({
    where: { url: { in: given.map((c) => c.url) } },
    select: { url: true, host: true },
  });
  return checkAll(db, links, settings, Date.now() + ROUND_MS);
}

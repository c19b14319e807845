import "server-only";
// A visitor's proposal names the page that says what it proposes. When a moderator approves it, the new entry cites
// that page for the facts the visitor gave: an existing source with the same address, or a new one (its own approved
// revision, by the moderator, as an import's source is).
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/curation/kinds/types";
import { calendarSourceId } from "@/lib/feeds/import/import-ical";

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The page's address without its scheme, as the new source's title until a curator names it. */
function titleOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`.slice(0, 500);
}

/** After approving a revision: when a visitor proposed it, the entry now cites the page they named. */
export async function citeApprovedPublicProposal(
  tx: Tx,
  revisionId: string,
  entityType: string,
  entityId: string,
  reviewer: Actor,
): Promise<void> {
  const proposal = await tx.publicProposal.findUnique({
    where: { revisionId },
    select: { sourceUrl: true, facts: true },
  });
  if (!proposal) return;
  const url = proposal.sourceUrl;
  const existing = await tx.source.findFirst({ where: { url }, orderBy: { key: "asc" }, select: { id: true } });
  const sourceId = await calendarSourceId(
    tx,
    {
      id: existing?.id ?? null,
      key: `web-${createHash("sha256").update(url).digest("hex").slice(0, 12)}`,
      title: titleOf(url),
      url,
    },
    reviewer,
    todayIso(),
    "Named by a visitor's proposal",
    "Named by a visitor who proposed an entry citing it",
  );
  if (entityType === "event") {
    const position = await tx.eventSource.count({ where: { eventId: entityId } });
    await tx.eventSource.create({
      data: { eventId: entityId, sourceId, facts: proposal.facts, position },
      select: { id: true },
    });
  } else if (entityType === "organization") {
    const position = await tx.organizationSource.count({ where: { organizationId: entityId } });
    await tx.organizationSource.create({
      data: { organizationId: entityId, sourceId, facts: proposal.facts, position },
      select: { id: true },
    });
  }
}

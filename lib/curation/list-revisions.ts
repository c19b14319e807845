import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { RevisionStatus } from "@/lib/db/generated/enums";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { translatorFor } from "@/lib/i18n/translator";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";
import { diffFlat, type DiffLabels, type FieldChange } from "./diff";
import { kindOf } from "./kinds";
import type { CurationKind } from "./kinds/types";

export type RevisionSummary = {
  id: string;
  entityType: string;
  key: string;
  name: LocalizedText | null;
  isNew: boolean;
  status: RevisionStatus;
  comment: string | null;
  createdAt: string;
  reviewedAt: string | null;
  /** The curation pages of the published entry (edit form, history); null until a new entry is approved. */
  editHref: string | null;
  historyHref: string | null;
  /** For a returned revision: its form, pre-filled with what it proposed, to fix and send again. */
  reopenHref: string | null;
};

/** Someone named beside other text: pages isolate the name (<bdi>, components/common/person-label.tsx). */
export type Person = { name: string; email: string };

/** `mine`: the moderator wrote it, so they may not approve it (four eyes, review-revision.ts). */
export type PendingRevision = RevisionSummary & {
  author: Person | null;
  mine: boolean;
  changes: FieldChange[];
  stale: boolean;
  /** Facts the revision adds or changes that no source it cites backs, by their label (lib/curation/sourcing.ts). */
  unsourcedFacts: string[];
  /** The calendar a subscription proposed it from (lib/subscriptions), which the event will cite once approved. */
  calendar: { url: string; uid: string } | null;
  /** A visitor's proposal (lib/proposals): the page they cite, their note and address, their language. */
  proposal: { sourceUrl: string; note: string | null; email: string | null; locale: string } | null;
};

const select = {
  id: true,
  entityType: true,
  entityId: true,
  status: true,
  snapshot: true,
  comment: true,
  createdAt: true,
  reviewedAt: true,
  baseVersion: true,
  diasporaIds: true,
} as const;
type Row = {
  id: string;
  entityType: string;
  entityId: string | null;
  status: RevisionStatus;
  snapshot: unknown;
  comment: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of every kind
function summary(row: Row, kind: CurationKind<any>, locale: string, labels: DiffLabels): RevisionSummary {
  const ref = row.entityId ? kind.ref({ id: row.entityId, snapshot: row.snapshot }) : null;
  return {
    id: row.id,
    entityType: kind.type,
    key: kind.key(row.snapshot),
    name: kind.title(row.snapshot, locale, labels),
    isNew: row.entityId === null,
    status: row.status,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    editHref: ref ? `/curate/${kind.path}/${ref}/edit` : null,
    historyHref: ref ? `/curate/${kind.path}/${ref}/history` : null,
    reopenHref:
      row.status === "REJECTED"
        ? `/curate/${kind.path}/${ref ? `${ref}/edit` : "new"}?revision=${encodeURIComponent(row.id)}`
        : null,
  };
}

/** The curator's own revisions of every kind, newest first, with the moderator's comment on rejected ones. */
export async function listMyRevisions(authorId: string, locale: string): Promise<RevisionSummary[]> {
  const [rows, labels] = await Promise.all([
    db.revision.findMany({ where: { authorId }, orderBy: { createdAt: "desc" }, take: 200, select }),
    diffLabels(locale),
  ]);
  return rows.flatMap((row) => {
    const kind = kindOf(row.entityType);
    return kind ? [summary(row, kind, locale, labels)] : [];
  });
}

/** Pending revisions this moderator may decide, oldest first, each with its changes against the published entry. */
export async function listPendingRevisions(actor: Actor, locale: string): Promise<PendingRevision[]> {
  const rows = await db.revision.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      ...select,
      authorId: true,
      unsourcedFacts: true,
      author: { select: { name: true, email: true } },
      proposal: { select: { sourceUrl: true, note: true, email: true, locale: true } },
    },
  });
  const mine = rows.filter(
    (row) => kindOf(row.entityType) && can(actor, "approve:revision", { diasporaIds: row.diasporaIds }),
  );
  const published = await Promise.all(
    mine.map((row) => (row.entityId ? kindOf(row.entityType)!.load(db, row.entityId) : null)),
  );
  const calendars = new Map(
    (
      await db.calendarSubscriptionItem.findMany({
        where: { revisionId: { in: mine.map((row) => row.id) } },
        select: { revisionId: true, uid: true, subscription: { select: { url: true } } },
      })
    ).map((item) => [item.revisionId!, { url: item.subscription.url, uid: item.uid }]),
  );
  const labels = await diffLabels(
    locale,
    mine.flatMap((row, i) => [
      { kind: kindOf(row.entityType)!, snapshot: row.snapshot },
      ...(published[i] ? [{ kind: kindOf(row.entityType)!, snapshot: published[i]!.snapshot }] : []),
    ]),
  );
  return mine.map((row, i) => {
    const kind = kindOf(row.entityType)!;
    const current = published[i];
    return {
      ...summary(row, kind, locale, labels),
      author: row.author ? { name: row.author.name, email: row.author.email } : null,
      mine: row.authorId === actor.userId,
      changes: diffFlat(current ? kind.flatten(current.snapshot, labels) : null, kind.flatten(row.snapshot, labels)),
      stale: current != null && current.version !== row.baseVersion,
      unsourcedFacts: row.unsourcedFacts.map(labels.fact!),
      calendar: calendars.get(row.id) ?? null,
      proposal: row.proposal,
    };
  });
}

/**
 * Values in the reader's language: diasporas, countries, organizations and sources by name, enum values by their
 * UI label. `snapshots` name the organizations and sources to look up.
 */
export async function diffLabels(
  locale: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- snapshots of every kind
  snapshots: { kind: CurationKind<any>; snapshot: unknown }[] = [],
): Promise<DiffLabels> {
  const organizationIds = [...new Set(snapshots.flatMap((s) => s.kind.refs?.(s.snapshot).organizations ?? []))];
  const sourceIds = [...new Set(snapshots.flatMap((s) => s.kind.refs?.(s.snapshot).sources ?? []))];
  const [diasporas, organizations, sources, t, tFacts] = await Promise.all([
    db.diaspora.findMany({ select: { id: true, slug: true, translations: { select: { locale: true, name: true } } } }),
    organizationIds.length
      ? db.organization.findMany({
          where: { id: { in: organizationIds } },
          select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
        })
      : [],
    sourceIds.length
      ? db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, key: true, title: true } })
      : [],
    translatorFor(locale, "Enums"),
    translatorFor(locale, "Facts"),
  ]);
  const named = (rows: { id: string; slug: string; translations: { locale: string; name: string | null }[] }[]) =>
    new Map(rows.map((r) => [r.id, pickLocalized(r.translations, "name", locale)?.value ?? r.slug]));
  const diasporaNames = named(diasporas);
  const diasporaSlugs = new Map(diasporas.map((d) => [d.id, d.slug]));
  const organizationNames = named(organizations);
  const sourceNames = new Map(sources.map((s) => [s.id, `${s.title} [${s.key}]`]));
  const label =
    (
      group:
        | "OrganizationType"
        | "ServedGroup"
        | "OrganizationStatus"
        | "OrganizationCategory"
        | "OnlinePresence"
        | "ChannelKind"
        | "EventType"
        | "EventDateBasis"
        | "TextProvenance",
    ) =>
    (value: string) =>
      t.has(`${group}.${value}` as "OrganizationType.OTHER")
        ? t(`${group}.${value}` as "OrganizationType.OTHER")
        : value;
  return {
    diaspora: (id) => diasporaNames.get(id) ?? id,
    diasporaSlug: (id) => diasporaSlugs.get(id) ?? id,
    country: (code) => countryName(code, locale),
    organization: (id) => organizationNames.get(id) ?? id,
    source: (id) => sourceNames.get(id) ?? id,
    type: label("OrganizationType"),
    group: label("ServedGroup"),
    status: label("OrganizationStatus"),
    category: label("OrganizationCategory"),
    onlinePresence: label("OnlinePresence"),
    channel: label("ChannelKind"),
    eventType: label("EventType"),
    dateBasis: label("EventDateBasis"),
    // "names.en" (the English name) reads "names (English)".
    fact: (name) => {
      const [field, language] = name.split(".") as [string, string | undefined];
      const label = tFacts.has(field as "names") ? tFacts(field as "names") : field;
      return language ? `${label} (${languageName(language, locale)})` : label;
    },
    provenance: label("TextProvenance"),
  };
}

import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { RevisionStatus } from "@/lib/db/generated/enums";
import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/display-names";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";
import { diffSnapshots, type DiffLabels, type FieldChange } from "./diff";
import type { OrganizationSnapshot } from "./organization-schema";
import { rowToSnapshot, snapshotSelect } from "./organization-snapshot";

export type RevisionSummary = {
  id: string;
  slug: string;
  name: LocalizedText | null;
  isNew: boolean;
  status: RevisionStatus;
  comment: string | null;
  createdAt: string;
  reviewedAt: string | null;
};

export type PendingRevision = RevisionSummary & { author: string | null; changes: FieldChange[]; stale: boolean };

const select = { id: true, entityId: true, status: true, snapshot: true, comment: true, createdAt: true, reviewedAt: true, baseVersion: true, diasporaIds: true } as const;

function summary(row: { id: string; entityId: string | null; status: RevisionStatus; snapshot: unknown; comment: string | null; createdAt: Date; reviewedAt: Date | null }, locale: string): RevisionSummary {
  const snapshot = row.snapshot as OrganizationSnapshot;
  return {
    id: row.id,
    slug: snapshot.slug,
    name: pickLocalized(snapshot.translations, "name", locale),
    isNew: row.entityId === null,
    status: row.status,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  };
}

/** The curator's own revisions, newest first, with the moderator's comment on rejected ones. */
export async function listMyRevisions(authorId: string, locale: string): Promise<RevisionSummary[]> {
  const rows = await db.revision.findMany({ where: { authorId, entityType: "organization" }, orderBy: { createdAt: "desc" }, take: 200, select });
  return rows.map((row) => summary(row, locale));
}

/** Pending revisions this moderator may decide, oldest first, each with its changes against the published entry. */
export async function listPendingRevisions(actor: Actor, locale: string): Promise<PendingRevision[]> {
  const rows = await db.revision.findMany({
    where: { status: "PENDING", entityType: "organization" },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { ...select, author: { select: { name: true, email: true } } },
  });
  const mine = rows.filter((row) => can(actor, "approve:revision", { diasporaIds: row.diasporaIds }));
  const ids = mine.flatMap((row) => row.entityId ?? []);
  const published = new Map((await db.organization.findMany({ where: { id: { in: ids } }, select: snapshotSelect })).map((o) => [o.id, o]));
  const labels = await diffLabels(locale);
  return mine.map((row) => {
    const current = row.entityId ? published.get(row.entityId) : undefined;
    return {
      ...summary(row, locale),
      author: row.author ? `${row.author.name} <${row.author.email}>` : null,
      changes: diffSnapshots(current ? rowToSnapshot(current) : null, row.snapshot as OrganizationSnapshot, labels),
      stale: current !== undefined && current.version !== row.baseVersion,
    };
  });
}

/** Values in the moderator's language: diasporas and countries by name, enum values by their UI label. */
async function diffLabels(locale: string): Promise<DiffLabels> {
  const rows = await db.diaspora.findMany({ select: { id: true, slug: true, translations: { select: { locale: true, name: true } } } });
  const names = new Map(rows.map((d) => [d.id, pickLocalized(d.translations, "name", locale)?.value ?? d.slug]));
  const t = await getTranslations("Enums");
  const label = (group: "OrganizationType" | "ServedGroup" | "OrganizationStatus" | "ChannelKind") => (value: string) =>
    t.has(`${group}.${value}` as "OrganizationType.OTHER") ? t(`${group}.${value}` as "OrganizationType.OTHER") : value;
  return {
    diaspora: (id) => names.get(id) ?? id,
    country: (code) => countryName(code, locale),
    type: label("OrganizationType"),
    group: label("ServedGroup"),
    status: label("OrganizationStatus"),
    channel: label("ChannelKind"),
  };
}

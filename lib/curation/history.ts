import "server-only";
import type { RevisionStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/client";
import { diffFlat, type FieldChange } from "./diff";
import type { CurationKind, Stored } from "./kinds/types";
import { diffLabels, type Person } from "./list-revisions";

export const PUBLISHED = "published";

export type HistoryEntry = {
  /** A revision id, or PUBLISHED for the entry as the public sees it now. */
  id: string;
  /** 1 for the first revision, counting up; null for the published state. */
  number: number | null;
  status: RevisionStatus | "PUBLISHED";
  author: Person | null;
  reviewer: Person | null;
  comment: string | null;
  createdAt: string | null;
  reviewedAt: string | null;
  baseVersion: number | null;
};

export type History<S> = {
  stored: Stored<S>;
  entries: HistoryEntry[];
  /** The two entries compared (older first) and their field-by-field difference. */
  compared: { from: string; to: string; changes: FieldChange[] } | null;
};

const person = (user: Person | null): Person | null => (user ? { name: user.name, email: user.email } : null);

/**
 * Every revision of a published entry, newest first, after its published state; and the difference between any
 * two of them (`from`, `to`: revision ids or PUBLISHED; by default the newest revision against the one before).
 */
export async function getHistory<S>(
  kind: CurationKind<S>,
  stored: Stored<S>,
  locale: string,
  pick: { from?: string; to?: string } = {},
): Promise<History<S>> {
  const rows = await db.revision.findMany({
    where: { entityType: kind.type, entityId: stored.id },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      status: true,
      comment: true,
      createdAt: true,
      reviewedAt: true,
      baseVersion: true,
      snapshot: true,
      author: { select: { name: true, email: true } },
      reviewer: { select: { name: true, email: true } },
    },
  });
  const entries: HistoryEntry[] = [
    {
      id: PUBLISHED,
      number: null,
      status: "PUBLISHED",
      author: null,
      reviewer: null,
      comment: null,
      createdAt: null,
      reviewedAt: null,
      baseVersion: stored.version,
    },
    ...rows.map((r, i) => ({
      id: r.id,
      number: rows.length - i,
      status: r.status,
      author: person(r.author),
      reviewer: person(r.reviewer),
      comment: r.comment,
      createdAt: r.createdAt.toISOString(),
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      baseVersion: r.baseVersion,
    })),
  ];
  const snapshots = new Map<string, S>([
    [PUBLISHED, stored.snapshot],
    ...rows.map((r) => [r.id, r.snapshot as S] as const),
  ]);
  const known = (id: string | undefined) => (id && snapshots.has(id) ? id : undefined);
  const to = known(pick.to) ?? entries[Math.min(1, entries.length - 1)]!.id;
  const from =
    known(pick.from) ??
    entries[entries.findIndex((e) => e.id === to) + 1]?.id ??
    (to === PUBLISHED ? undefined : PUBLISHED);
  if (!from || from === to) return { stored, entries, compared: null };
  const [a, b] = [snapshots.get(from)!, snapshots.get(to)!];
  const labels = await diffLabels(locale, [
    { kind, snapshot: a },
    { kind, snapshot: b },
  ]);
  return {
    stored,
    entries,
    compared: { from, to, changes: diffFlat(kind.flatten(a, labels), kind.flatten(b, labels)) },
  };
}

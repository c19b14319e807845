import "server-only";
import { isGlobal, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { CurationKind } from "./kinds/types";
import { diffLabels } from "./list-revisions";

export type EntryRow = {
  ref: string;
  key: string;
  title: LocalizedText | null;
  version: number;
  publicHref: string | null;
};

export const ENTRIES_PER_PAGE = 50;

/** Published entries of a kind that the actor may edit (a scoped role: those of its diasporas), one page. */
export async function listEditableEntries<S>(
  kind: CurationKind<S>,
  actor: Actor,
  locale: string,
  q: string,
  page: number,
): Promise<{ total: number; rows: EntryRow[] }> {
  const diasporaIds = actor.grants.some(isGlobal) ? null : [...new Set(actor.grants.flatMap((g) => g.diasporaIds))];
  const [{ total, items }, names] = await Promise.all([
    kind.list(db, {
      diasporaIds,
      q: q.trim().slice(0, 100),
      skip: (page - 1) * ENTRIES_PER_PAGE,
      take: ENTRIES_PER_PAGE,
    }),
    diffLabels(locale),
  ]);
  return {
    total,
    rows: items.map((item) => ({
      ref: kind.ref(item),
      key: kind.key(item.snapshot),
      title: kind.title(item.snapshot, locale, names),
      version: item.version,
      publicHref: kind.publicHref?.(item.snapshot, names) ?? null,
    })),
  };
}

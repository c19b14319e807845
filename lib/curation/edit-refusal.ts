import "server-only";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { SUGGESTION_ENTITY_TYPES } from "@/lib/suggestions/limits";
import { findEntry } from "./find-entry";
import { kindAt } from "./kinds";
import { diffLabels } from "./list-revisions";

/** Why a signed-in curator may not edit an entry: whose it is, whose they are, and where readers correct it. */
export type EditRefusal = {
  /** The entry's diasporas by name (none: an entry only global moderators may edit). */
  entryDiasporas: string[];
  /** The diasporas the curator's roles cover, by name. */
  yourDiasporas: string[];
  /** The entry's public page; null when it has none. */
  publicHref: string | null;
  /** Its public page has the readers' "Suggest a correction" form (organizations and events). */
  suggestable: boolean;
};

/**
 * The refusal for the curation pages of the entry at /curate/<path>/<ref>: null when the user may edit it, is not a
 * curator, or there is no such entry (those pages answer 404 or send to sign-in). Once per request, so the layout
 * that shows it and the page that refuses (forbidden()) share one look-up.
 */
export const editRefusal = cache(async (path: string, ref: string, locale: string): Promise<EditRefusal | null> => {
  const kind = kindAt(path);
  const user = await getCurrentUser();
  if (!kind || !user || user.grants.length === 0) return null;
  const stored = await findEntry(kind, ref);
  if (!stored) return null;
  const entryScope = kind.scope(stored.snapshot);
  if (can(user, kind.permissions.update, { diasporaIds: entryScope })) return null;
  const names = await diffLabels(locale, [{ kind, snapshot: stored.snapshot }]);
  const yours = [...new Set(user.grants.flatMap((g) => g.diasporaIds))];
  const publicHref = kind.publicHref?.(stored.snapshot, names);
  return {
    entryDiasporas: entryScope.map((id) => names.diaspora?.(id) ?? id),
    yourDiasporas: yours.map((id) => names.diaspora?.(id) ?? id),
    publicHref: publicHref ?? null,
    suggestable: Boolean(publicHref) && (SUGGESTION_ENTITY_TYPES as readonly string[]).includes(kind.type),
  };
});

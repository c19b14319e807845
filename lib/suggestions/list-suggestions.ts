import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { LocalizedText } from "@/lib/i18n/localized";
import { entryKey, findNamedEntries } from "./entries";
import type { SuggestionEntityType } from "./suggestion-schema";

export type OpenSuggestion = {
  id: string;
  entityType: SuggestionEntityType;
  slug: string;
  name: LocalizedText | null;
  body: string;
  sourceUrl: string | null;
  email: string | null;
  /** The UI language of the page it was sent from. */
  locale: string;
  createdAt: string;
  /** Whether the moderator may open the entry's curation form (organizations only, for now). */
  editable: boolean;
};

/**
 * Open suggestions this moderator may decide, oldest first: those about entries linked to a diaspora in their
 * scope (every one for a global moderator). Suggestions about deleted entries are left out.
 */
export async function listOpenSuggestions(actor: Actor, locale: string): Promise<OpenSuggestion[]> {
  const rows = await db.suggestion.findMany({
    where: { status: "OPEN" },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      entityType: true,
      entityId: true,
      body: true,
      sourceUrl: true,
      email: true,
      locale: true,
      createdAt: true,
    },
  });
  const entries = await findNamedEntries(rows, locale);
  return rows.flatMap((row) => {
    const entry = entries.get(entryKey(row.entityType, row.entityId));
    if (!entry || !can(actor, "approve:revision", { diasporaIds: entry.diasporaIds })) return [];
    return [
      {
        id: row.id,
        entityType: row.entityType as SuggestionEntityType,
        slug: entry.slug,
        name: entry.name,
        body: row.body,
        sourceUrl: row.sourceUrl,
        email: row.email,
        locale: row.locale,
        createdAt: row.createdAt.toISOString(),
        editable:
          row.entityType === "organization" && can(actor, "update:organization", { diasporaIds: entry.diasporaIds }),
      },
    ];
  });
}

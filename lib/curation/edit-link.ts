import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { SUGGESTION_ENTITY_TYPES } from "@/lib/suggestions/limits";
import { isSlug } from "@/lib/validation/text";
import { findEntry } from "./find-entry";
import { kindOf } from "./kinds";

/** Kinds whose public page offers its curators an "Edit" link (pages addressed by slug). */
export const EDITABLE_PUBLIC_KINDS = SUGGESTION_ENTITY_TYPES;

/**
 * The edit form of the published entry of `type` at `slug` when `user` may edit it, else null (nobody signed in,
 * another diaspora's entry, no such entry). Read per request, never cached: the public page itself is cached
 * for everyone and asks for this after it has loaded (components/curation/edit-entry-link.tsx).
 */
export async function editHref(user: CurrentUser | null, type: string, slug: string): Promise<string | null> {
  if (!user || user.grants.length === 0) return null;
  const kind = (EDITABLE_PUBLIC_KINDS as readonly string[]).includes(type) ? kindOf(type) : null;
  if (!kind || !isSlug(slug)) return null;
  const stored = await findEntry(kind, slug);
  if (!stored || !can(user, kind.permissions.update, { diasporaIds: kind.scope(stored.snapshot) })) return null;
  return `/curate/${kind.path}/${kind.ref(stored)}/edit`;
}

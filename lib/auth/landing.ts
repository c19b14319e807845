// Where signing in lands someone who did not come from a page: on their work, not on their account settings.
import { hasRole, type Actor } from "./permissions";

export type Landing = "/moderate" | "/curate" | "/account";

/** Moderators and admins: the moderation queue; curators: their entries and revisions; anyone else: their account. */
export function landingPath(actor: Actor | null): Landing {
  if (hasRole(actor, "MODERATOR") || hasRole(actor, "ADMIN")) return "/moderate";
  if (hasRole(actor, "CURATOR")) return "/curate";
  return "/account";
}

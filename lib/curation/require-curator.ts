import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { hasRole } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Locale } from "@/lib/i18n/routing";

/** For curation pages: anyone holding a role (curators are scoped, so `can` without an entry would say no). */
export async function requireCurator(locale: Locale, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(locale, returnTo);
  if (user.grants.length === 0) notFound();
  return user;
}

/** For the moderation queue: moderators and admins; which revisions they see is filtered by scope. */
export async function requireModerator(locale: Locale, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(locale, returnTo);
  if (!hasRole(user, "MODERATOR") && !hasRole(user, "ADMIN")) notFound();
  return user;
}

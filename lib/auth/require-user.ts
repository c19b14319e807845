import "server-only";
import { notFound } from "next/navigation";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { can, type Permission } from "./permissions";

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(locale: Locale, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect({ href: { pathname: "/sign-in", query: { next: returnTo } }, locale });
  return user!;
}

/**
 * For pages that only some roles see: others get the 404 page, so the page's existence is not advertised.
 * Actions check again themselves (assertCan); this only decides what to render.
 */
export async function requirePermission(
  locale: Locale,
  returnTo: string,
  permission: Permission,
): Promise<CurrentUser> {
  const user = await requireUser(locale, returnTo);
  if (!can(user, permission)) notFound();
  return user;
}

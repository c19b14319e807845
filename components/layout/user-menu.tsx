import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions/sign-out";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can, hasRole } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

const item =
  "block rounded px-3 py-2 text-left text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-800";

/** "Sign in", or the signed-in user's menu: account, admin pages their role allows, sign out. Works without JS. */
export async function UserMenu() {
  const [t, importText, user] = await Promise.all([
    getTranslations("Auth.header"),
    getTranslations("ImportIcal"),
    getCurrentUser(),
  ]);
  if (!user) {
    return (
      <Link href="/sign-in" className="text-sm text-stone-800 underline-offset-4 hover:underline">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer rounded px-2 py-1 hover:bg-stone-200">
        <bdi>{user.name}</bdi>
      </summary>
      <nav
        aria-label={t("menu", { name: user.name })}
        className="absolute right-0 z-10 mt-1 w-56 rounded border border-stone-300 bg-white p-1 shadow"
      >
        <ul>
          <li>
            <Link href="/account" className={item}>
              {t("account")}
            </Link>
          </li>
          {user.grants.length > 0 && (
            <li>
              <Link href="/curate" className={item}>
                {t("curate")}
              </Link>
            </li>
          )}
          {(hasRole(user, "MODERATOR") || hasRole(user, "ADMIN")) && (
            <li>
              <Link href="/moderate" className={item}>
                {t("moderate")}
              </Link>
            </li>
          )}
          {can(user, "manage:users") && (
            <li>
              <Link href="/admin/users" className={item}>
                {t("adminUsers")}
              </Link>
            </li>
          )}
          {can(user, "import:entries") && (
            <li>
              <Link href="/admin/import" className={item}>
                {t("adminImport")}
              </Link>
            </li>
          )}
          {can(user, "import:events") && (
            <li>
              <Link href="/admin/import/ical" className={item}>
                {importText("menu")}
              </Link>
            </li>
          )}
          {can(user, "view:audit") && (
            <li>
              <Link href="/admin/audit" className={item}>
                {t("adminAudit")}
              </Link>
            </li>
          )}
          <li>
            <form action={signOutAction}>
              <button type="submit" className={`${item} w-full`}>
                {t("signOut")}
              </button>
            </form>
          </li>
        </ul>
      </nav>
    </details>
  );
}

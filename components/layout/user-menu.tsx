import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions/sign-out";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can, hasRole } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

const item =
  "block rounded px-3 py-2 text-left text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-800";

/** "Sign in", or the signed-in user's menu: account, admin pages their role allows, sign out. Works without JS. */
export async function UserMenu() {
  const [t, importText, jobsText, subscriptionsText, user] = await Promise.all([
    getTranslations("Auth.header"),
    getTranslations("ImportIcal"),
    getTranslations("Jobs"),
    getTranslations("Subscriptions"),
    getCurrentUser(),
  ]);
  // Below 640 px a person icon stands for the words (which stay as its accessible name), so the header keeps one row.
  if (!user) {
    return (
      <Link
        href="/sign-in"
        className="flex min-h-10 min-w-10 items-center justify-center rounded text-sm text-stone-800 underline-offset-4 hover:underline max-sm:border max-sm:border-stone-400"
      >
        <PersonIcon />
        <span className="sr-only sm:not-sr-only">{t("signIn")}</span>
      </Link>
    );
  }
  return (
    <details className="relative text-sm">
      <summary className="flex min-h-10 min-w-10 cursor-pointer list-none items-center justify-center rounded px-2 hover:bg-stone-200 max-sm:border max-sm:border-stone-400 [&::-webkit-details-marker]:hidden">
        <PersonIcon />
        <bdi className="sr-only sm:not-sr-only">{user.name}</bdi>
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
          {user.grants.length > 0 && (
            <li>
              <Link href="/curate/subscriptions" className={item}>
                {subscriptionsText("menu")}
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
          {can(user, "manage:jobs") && (
            <li>
              <Link href="/admin/jobs" className={item}>
                {jobsText("menu")}
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

function PersonIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="h-5 w-5 sm:hidden"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <circle cx="10" cy="6.5" r="3.5" />
      <path d="M3.5 17.5c.8-3.4 3.4-5.5 6.5-5.5s5.7 2.1 6.5 5.5" strokeLinecap="round" />
    </svg>
  );
}

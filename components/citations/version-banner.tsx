import { getFormatter, getTranslations } from "next-intl/server";
import type { VersionState } from "@/lib/citations/version-view";
import { Link } from "@/lib/i18n/navigation";

/**
 * Above an organization or event opened at a permanent address: an older version is read-only and links to the
 * current one; a version whose content is not kept says so. Nothing for the current version.
 */
export async function VersionBanner({ version, href }: { version: VersionState; href: string }) {
  const [t, format] = await Promise.all([getTranslations("Cite"), getFormatter()]);
  if (version.missing === null && version.shown === version.current) return null;
  const current = (
    <Link href={href} className="font-medium text-blue-900 underline">
      {t("currentLink", { current: version.current })}
    </Link>
  );
  return (
    <div role="note" className="mb-6 rounded border border-amber-700/50 bg-amber-50 px-4 py-3 text-amber-950">
      {version.missing !== null ? (
        <p>{t("missingVersion", { requested: version.missing, current: version.current })}</p>
      ) : (
        <>
          <p>
            {t("oldVersion", {
              shown: version.shown,
              date: format.dateTime(new Date(version.published), { dateStyle: "long" }),
            })}{" "}
            {current}
          </p>
          <p className="mt-1 text-sm">{t("linkedNow")}</p>
        </>
      )}
    </div>
  );
}

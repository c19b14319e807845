import { getFormatter, getTranslations } from "next-intl/server";
import type { LinkState } from "@/lib/links/link-state";

/**
 * What the link monitor found at an address's latest check (lib/links): "checked on 5 December 2026: online",
 * "unreachable since 1 December 2026 (HTTP 404)", or why it could not be checked; and where it leads now when it
 * redirects elsewhere. Nothing before the first check.
 */
export async function LinkCheckNote({ url, check }: { url: string; check: LinkState | null }) {
  if (!check) return null;
  const [t, format] = await Promise.all([getTranslations("Organization"), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" });
  const reason = check.reason
    ? t(`linkReasons.${check.reason as "httpStatus"}`, { status: check.status ?? "" })
    : String(check.status ?? "");
  const moved = check.outcome === "ONLINE" && check.finalUrl !== null && !sameAddress(check.finalUrl, url);
  return (
    <span
      className={check.broken ? "text-red-900" : "text-stone-600"}
      data-link-check={check.broken ? "broken" : check.outcome.toLowerCase()}
    >
      {" — "}
      {check.broken && check.failingSince
        ? t("linkUnreachable", { date: day(check.failingSince), reason })
        : t("linkCheck", { outcome: check.outcome, date: day(check.checkedAt), reason })}
      {moved ? (
        <>
          {"; "}
          {t("linkMoved", { url: check.finalUrl! })}
        </>
      ) : null}
    </span>
  );
}

/** Whether two addresses are the same page, a trailing slash aside (a redirect that adds one is no move). */
function sameAddress(a: string, b: string): boolean {
  const strip = (value: string) => {
    let end = value.length;
    while (end > 0 && value[end - 1] === "/") end--;
    return value.slice(0, end);
  };
  try {
    return strip(new URL(a).toString()) === strip(new URL(b).toString());
  } catch {
    return a === b;
  }
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  page: number;
  pageCount: number;
  pathname: "/organizations" | "/events" | `/curate/${string}`;
  query?: Record<string, string>;
};

export async function Pagination({ page, pageCount, pathname, query = {} }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Organizations");
  const href = (p: number) => ({ pathname, query: { ...query, page: String(p) } });
  return (
    <nav aria-label={t("pagination")} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="text-blue-800 underline">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-700">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="text-blue-800 underline">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import {
  ORGANIZATION_CATEGORIES,
  categoryOf,
  filtersToQuery,
  type OrganizationFilters,
  type OrganizationSort,
} from "@/lib/organizations/filters";
import type { FacetValue } from "@/lib/organizations/organization-facets";

const tabClass =
  "inline-block rounded px-3 py-1.5 text-stone-800 underline-offset-4 hover:underline aria-[current]:bg-stone-800 aria-[current]:text-white";

type Props = { filters: OrganizationFilters; sort: OrganizationSort | undefined; counts: FacetValue[] };

/**
 * Diaspora organizations (the default, no parameter) or related institutions (?category=RELATED_INSTITUTION), each
 * with how many the other filters and search words give, so a search that finds only institutions still shows them.
 * Plain links: they work without JavaScript and keep the other filters.
 */
export async function CategoryTabs({ filters, sort, counts }: Props) {
  const [t, format] = await Promise.all([getTranslations("Organizations"), getFormatter()]);
  const current = categoryOf(filters);
  return (
    <nav aria-label={t("categoryNav")} className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {ORGANIZATION_CATEGORIES.map((category) => {
          const { category: _, ...others } = filters;
          const query = filtersToQuery(category === "RELATED_INSTITUTION" ? { ...others, category } : others, sort);
          const count = counts.find((c) => c.value === category)?.count ?? 0;
          return (
            <li key={category}>
              <Link
                href={{ pathname: "/organizations", query }}
                aria-current={category === current ? "page" : undefined}
                className={tabClass}
              >
                {t(`tab.${category}`)} <span className="tabular-nums">({format.number(count)})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

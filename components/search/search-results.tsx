import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import type { SearchGroup, SearchResults } from "@/lib/search/types";
import { SearchHitItem } from "./search-hit";

const LIST_PATHS = { organization: "/organizations", event: "/events" } as const;

/** What a search found, grouped by kind with counts, or a message saying why there is nothing to show. */
export async function SearchResultsView({ results, locale }: { results: SearchResults; locale: string }) {
  const t = await getTranslations("Search");
  const { query, groups, total } = results;
  const found = groups.filter((g) => g.total > 0);
  return (
    <div className="mt-4 wrap-anywhere sm:mt-6">
      {query.truncated ? (
        <p role="status" className="mb-4 rounded border border-amber-700/40 bg-amber-50 px-3 py-2 text-amber-950">
          {t("truncated", { max: MAX_QUERY_LENGTH })}
        </p>
      ) : null}
      {!query.text ? (
        <p>{t("prompt")}</p>
      ) : query.terms.length === 0 ? (
        <p role="status" className="text-lg">
          {t("noWords", { query: query.text })}
        </p>
      ) : total === 0 ? (
        <div role="status">
          <p className="text-lg">{t("noResults", { query: query.text })}</p>
          <p className="mt-1 text-stone-700">{t("noResultsHint")}</p>
        </div>
      ) : (
        <>
          <p role="status" className="text-lg text-stone-700">
            {t(results.capped ? "summaryMore" : "summary", { count: total, query: query.text })}
          </p>
          <nav aria-label={t("byKind")} className="mt-2">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {found.map((g) => (
                <li key={g.kind}>
                  <a href={`#results-${g.kind}`} className="text-blue-800 underline">
                    {t(`${g.capped ? "groupMore" : "group"}.${g.kind}`, { count: g.total })}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {found.map((group) => (
            <GroupSection key={group.kind} group={group} query={query.text} terms={query.terms} locale={locale} />
          ))}
        </>
      )}
    </div>
  );
}

type GroupProps = { group: SearchGroup; query: string; terms: SearchResults["query"]["terms"]; locale: string };

async function GroupSection({ group, query, terms, locale }: GroupProps) {
  const t = await getTranslations("Search");
  const more = group.total > group.hits.length;
  // Diasporas are few enough to show all; organizations and events have filterable lists.
  const listed = group.kind === "diaspora" ? null : group.kind;
  return (
    <section
      id={`results-${group.kind}`}
      aria-labelledby={`results-${group.kind}-heading`}
      className="mt-6 scroll-mt-4 sm:mt-8"
    >
      <h2 id={`results-${group.kind}-heading`} className="text-xl font-semibold">
        {t(`${group.capped ? "groupMore" : "group"}.${group.kind}`, { count: group.total })}
      </h2>
      {more ? (
        <p className="mt-1 text-sm text-stone-700">{t("shownOf", { shown: group.hits.length, count: group.total })}</p>
      ) : null}
      <ol className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
        {group.hits.map((hit) => (
          <SearchHitItem key={hit.slug} hit={hit} terms={terms} locale={locale} />
        ))}
      </ol>
      {more && listed ? (
        <p className="mt-2">
          <Link href={{ pathname: LIST_PATHS[listed], query: { q: query } }} className="text-blue-800 underline">
            {t(`showAll.${listed}`, { count: group.total })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

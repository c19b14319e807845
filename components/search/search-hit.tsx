import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { formatPartialDate } from "@/lib/events/partial-date";
import { Link } from "@/lib/i18n/navigation";
import { excerpt, highlight } from "@/lib/search/highlight";
import type { SearchTerm } from "@/lib/search/query";
import type { SearchHit } from "@/lib/search/types";
import { Highlighted } from "./highlighted";

const PATHS = { organization: "/organizations", event: "/events", diaspora: "/diasporas" } as const;

type Props = { hit: SearchHit; terms: SearchTerm[]; locale: string };

/** One result: its name linking to its page, with the matched words marked, and a snippet of its description. */
export async function SearchHitItem({ hit, terms, locale }: Props) {
  const [t, tEnums, format] = await Promise.all([
    getTranslations("Search"),
    getTranslations("Enums.OrganizationCategory"),
    getFormatter(),
  ]);
  const marked = (value: string) => <Highlighted segments={highlight(value, terms)} />;
  const start = hit.start ? new Date(`${hit.start.date}T00:00:00Z`) : null;
  const date =
    start && hit.start
      ? hit.start.precision === "YEAR"
        ? formatPartialDate({ date: start, precision: "YEAR" })
        : format.dateTime(
            start,
            hit.start.precision === "MONTH"
              ? { year: "numeric", month: "long", timeZone: "UTC" }
              : { dateStyle: "long", timeZone: "UTC" },
          )
      : null;
  return (
    <li className="px-4 py-3">
      <Link
        href={`${PATHS[hit.kind]}/${hit.slug}`}
        className="text-lg font-medium text-blue-800 underline-offset-4 hover:underline"
      >
        <LocalizedTextView text={hit.name} pageLocale={locale} fallback={hit.slug} render={marked} />
      </Link>
      {hit.acronym ? <span className="ml-2 text-stone-600">({marked(hit.acronym)})</span> : null}
      {hit.relatedInstitution ? (
        <span className="ml-2 inline-block rounded bg-stone-200 px-2 py-0.5 text-sm text-stone-800">
          {tEnums("RELATED_INSTITUTION")}
        </span>
      ) : null}
      {hit.matchedName ? (
        <p className="mt-1 text-sm text-stone-700">
          {t("matchedName")} <LocalizedTextView text={hit.matchedName} pageLocale={locale} render={marked} />
        </p>
      ) : null}
      {hit.city || date ? (
        <p className="mt-1 text-sm text-stone-700">
          {hit.city ? <LocalizedTextView text={hit.city} pageLocale={locale} render={marked} /> : null}
          {hit.city && date ? " · " : null}
          {date}
        </p>
      ) : null}
      {hit.description ? (
        <p className="mt-1 text-sm text-stone-800">
          <LocalizedTextView
            text={hit.description}
            pageLocale={locale}
            render={(value) => <Highlighted segments={excerpt(value, terms)} />}
          />
        </p>
      ) : null}
    </li>
  );
}

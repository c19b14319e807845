import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { countryName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationSummary } from "@/lib/organizations/types";

export async function OrganizationList({ items, locale }: { items: OrganizationSummary[]; locale: string }) {
  const t = await getTranslations();
  return (
    <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
      {items.map((o) => {
        const facts = [
          o.types.length ? (
            <span key="types">{o.types.map((type) => t(`Enums.OrganizationType.${type}`)).join(", ")}</span>
          ) : null,
          o.diasporas.length ? (
            <span key="diasporas">
              {o.diasporas.map((d, i) => (
                <Fragment key={d.slug}>
                  {i > 0 ? ", " : null}
                  <LocalizedTextView text={d.name} pageLocale={locale} fallback={d.slug} />
                </Fragment>
              ))}
            </span>
          ) : null,
          o.city || o.countries.length ? (
            <span key="place">
              {o.city ? <LocalizedTextView text={o.city} pageLocale={locale} /> : null}
              {o.city && o.countries.length ? ", " : null}
              {o.countries.map((c) => countryName(c, locale)).join(", ")}
            </span>
          ) : null,
          o.foundedYear ? (
            <span key="founded">{t("Organizations.founded", { year: String(o.foundedYear) })}</span>
          ) : null,
        ].filter(Boolean);
        return (
          <li key={o.slug} className="px-4 py-3">
            <Link
              href={`/organizations/${o.slug}`}
              className="text-lg font-medium text-blue-800 underline-offset-4 hover:underline"
            >
              <LocalizedTextView text={o.name} pageLocale={locale} fallback={o.slug} />
            </Link>
            {o.acronym ? <span className="ml-2 text-stone-600">({o.acronym})</span> : null}
            <p className="mt-1 text-sm text-stone-700">
              {facts.map((fact, i) => (
                <Fragment key={i}>
                  {i > 0 ? " · " : null}
                  {fact}
                </Fragment>
              ))}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

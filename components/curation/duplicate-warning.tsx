"use client";

import { useLocale, useTranslations } from "next-intl";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { SimilarOrganization } from "@/lib/organizations/similar-organization";

/**
 * Existing organizations close to the one being added, each with its public page (in a new tab) and the typed
 * name that found it, and the box to tick when the new one is nevertheless a different organization.
 */
export function DuplicateWarning({
  candidates,
  languages,
}: {
  candidates: SimilarOrganization[];
  /** Language names by code as the server wrote them (the browser's CLDR data may differ: see CitationFields). */
  languages: readonly { code: string; name: string }[];
}) {
  const t = useTranslations("Curate");
  const locale = useLocale();
  const languageNames = new Map(languages.map((l) => [l.code, l.name]));
  const fieldName = (field: string) =>
    field.startsWith("name.")
      ? t("form.inLanguage", { field: t("fields.name"), language: languageNames.get(field.slice(5)) ?? field.slice(5) })
      : t("fields.acronym");
  return (
    <section aria-labelledby="duplicates-heading" className="mt-8 rounded border-2 border-amber-700/60 bg-amber-50 p-4">
      <h2 id="duplicates-heading" className="text-xl font-semibold">
        {t("duplicates.heading")}
      </h2>
      <p className="mt-1 text-stone-800">{t("duplicates.intro")}</p>
      <ul className="mt-3 space-y-3">
        {candidates.map((c) => (
          <li key={c.slug} className="rounded border border-amber-700/30 bg-white px-3 py-2">
            <Link
              href={`/organizations/${c.slug}`}
              target="_blank"
              rel="noopener"
              className="font-semibold text-blue-900 underline"
            >
              <LocalizedTextView text={c.name} pageLocale={locale} fallback={c.slug} />
              <span className="sr-only"> {t("duplicates.newTab")}</span>
            </Link>
            {c.countries.length > 0 && (
              <span className="text-stone-700"> — {c.countries.map((country) => country.name).join(", ")}</span>
            )}
            <p className="mt-1 text-sm text-stone-700">
              {c.matched.existing === c.name?.value
                ? t("duplicates.typed", { typed: c.matched.typed, field: fieldName(c.matched.field) })
                : t("duplicates.matched", {
                    typed: c.matched.typed,
                    field: fieldName(c.matched.field),
                    existing: c.matched.existing,
                  })}
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-4 flex items-start gap-2">
        <input
          id="f-notDuplicate"
          type="checkbox"
          name="notDuplicate"
          value="1"
          aria-describedby="f-notDuplicate-hint"
          className="mt-1 size-4"
        />
        <label htmlFor="f-notDuplicate" className="font-medium">
          {t("duplicates.confirm")}
        </label>
      </p>
      <p id="f-notDuplicate-hint" className="ml-6 text-sm text-stone-700">
        {t("duplicates.confirmHint")}
      </p>
    </section>
  );
}

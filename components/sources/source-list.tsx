import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import type { Citation } from "@/lib/sources/citation";
import { ReferenceText } from "./reference-text";

export async function SourceList({ citations }: { citations: Citation[] }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const factName = (fact: string): string => {
    // "names.en": the source contains the English name — "names (English)".
    const [field, language] = fact.split(".") as [string, string | undefined];
    if (language) return `${factName(field)} (${languageName(language, locale)})`;
    const key = `Facts.${fact}` as "Facts.name";
    return t.has(key) ? t(key) : fact;
  };
  // An entry a curator added may cite nothing yet: say so rather than leave the heading empty.
  if (citations.length === 0) return <NoSources />;
  return (
    <ol className="mt-3 space-y-3">
      {citations.map((c) => (
        <li key={c.number} id={`source-${c.number}`} className="flex gap-2 target:bg-yellow-50">
          <span className="shrink-0 font-medium">[{c.number}]</span>
          <div>
            <p>
              <ReferenceText
                source={c.source}
                accessed={
                  c.source.accessedOn
                    ? t("Organization.accessed", {
                        date: format.dateTime(new Date(c.source.accessedOn), { dateStyle: "long", timeZone: "UTC" }),
                      })
                    : null
                }
                archived={t("Organization.archived")}
              />
              {c.locator ? `, ${c.locator}` : null}
              {". "}
              <Link href={`/sources/${c.source.key}`} className="text-sm text-blue-800 underline underline-offset-2">
                {t("Source.open")}
              </Link>
            </p>
            {c.facts.length ? (
              <p className="text-sm text-stone-600">
                {t("Organization.citedFor", { facts: c.facts.map(factName).join(", ") })}
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

async function NoSources() {
  const t = await getTranslations("Organization");
  return <p className="mt-3 text-stone-700">{t("noSources")}</p>;
}

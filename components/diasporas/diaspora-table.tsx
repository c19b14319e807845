import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { DiasporaListItem } from "@/lib/diasporas/types";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";

const cell = "border-t border-stone-200 px-3 py-2 align-top";

/** Every diaspora with its national languages, country of origin and counts. */
export async function DiasporaTable({
  items,
  locale,
  labelledBy,
}: {
  items: DiasporaListItem[];
  locale: string;
  labelledBy: string;
}) {
  const [t, format] = await Promise.all([getTranslations("Diasporas"), getFormatter()]);
  return (
    <div
      role="group"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="mt-4 relative overflow-x-auto rounded-lg border border-stone-300 bg-white"
    >
      <table className="w-full text-left">
        <thead className="bg-stone-100 text-sm text-stone-800">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("name")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("languages")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("origin")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("organizations")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("hostCountries")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.slug}>
              <th scope="row" className={`${cell} font-medium`}>
                <Link href={`/diasporas/${d.slug}`} className="text-blue-800 underline-offset-4 hover:underline">
                  <LocalizedTextView text={d.name} pageLocale={locale} fallback={d.slug} />
                </Link>
              </th>
              <td className={cell}>{d.languages.map((l) => languageName(l, locale)).join(", ")}</td>
              <td className={cell}>
                {d.originCountry ? (
                  countryName(d.originCountry, locale)
                ) : (
                  <span className="text-sm text-stone-600">{t("notRecorded")}</span>
                )}
              </td>
              <td className={`${cell} text-right tabular-nums`}>{format.number(d.organizations)}</td>
              <td className={`${cell} text-right tabular-nums`}>{format.number(d.hostCountries)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

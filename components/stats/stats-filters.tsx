import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { StatsScope } from "@/lib/stats/scope";

type Option = { value: string; label: string };
type Props = { scope: StatsScope; diasporas: Option[]; countries: Option[] };

const fieldClass = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-stone-900";

/** A plain GET form (no JavaScript needed): count one diaspora, one host country, or both. */
export async function StatsFilters({ scope, diasporas, countries }: Props) {
  const t = await getTranslations();
  const selects = [
    { name: "diaspora", label: t("Organizations.filter.diaspora"), options: diasporas },
    { name: "country", label: t("Organizations.filter.country"), options: countries },
  ] as const;
  return (
    <form
      method="get"
      role="search"
      aria-label={t("Stats.selection")}
      className="flex flex-wrap items-end gap-4 rounded-lg border border-stone-300 bg-white p-4"
    >
      {selects.map(({ name, label, options }) => (
        <div key={name} className="min-w-56 flex-1">
          <label htmlFor={`stats-${name}`} className="font-medium">
            {label}
          </label>
          <select id={`stats-${name}`} name={name} defaultValue={scope[name] ?? ""} className={fieldClass}>
            <option value="">{t("Organizations.any")}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {t("Organizations.apply")}
        </button>
        <Link href="/stats" className="text-blue-800 underline">
          {t("Organizations.clear")}
        </Link>
      </div>
    </form>
  );
}

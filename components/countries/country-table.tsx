import { getFormatter, getTranslations } from "next-intl/server";
import type { HostCountryItem } from "@/lib/countries/types";
import { Link } from "@/lib/i18n/navigation";

const cell = "border-t border-stone-200 px-3 py-2 align-top";

/** Host countries with how many diasporas, organizations and events the atlas records in each. */
export async function CountryTable({ items, labelledBy }: { items: HostCountryItem[]; labelledBy: string }) {
  const [t, format] = await Promise.all([getTranslations("Countries"), getFormatter()]);
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
              {t("country")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("diasporas")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("organizations")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("events")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.code}>
              <th scope="row" className={`${cell} font-medium`}>
                <Link href={`/countries/${c.code}`} className="text-blue-800 underline-offset-4 hover:underline">
                  {c.name}
                </Link>
              </th>
              <td className={`${cell} text-right tabular-nums`}>{format.number(c.diasporas)}</td>
              <td className={`${cell} text-right tabular-nums`}>{format.number(c.organizations)}</td>
              <td className={`${cell} text-right tabular-nums`}>{format.number(c.events)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { LinkStats } from "@/lib/stats/get-stats";
import type { NumberFormats } from "@/lib/stats/format";

const th = "px-3 py-2 font-medium";
const td = "whitespace-nowrap border-t border-stone-200 px-3 py-1.5 text-right tabular-nums";
const rowTh = "border-t border-stone-200 px-3 py-1.5 text-left font-normal";

/**
 * What the link monitor found (lib/links), as two tables: per month, organizations checked, online and unreachable;
 * per diaspora, the languages the websites that answered declare. Tables scroll sideways on a phone.
 */
export async function LinkCheckTables({
  links,
  formats,
  csvHref,
}: {
  links: LinkStats;
  formats: NumberFormats;
  /** The table's CSV address, with the page's filters. */
  csvHref: (table: "presence-over-time" | "site-languages") => string;
}) {
  const [t, format] = await Promise.all([getTranslations("Stats"), getFormatter()]);
  if (links.months.length === 0) return <p className="mt-4">{t("linksEmpty")}</p>;
  const month = (key: string) =>
    format.dateTime(new Date(`${key}-01T00:00:00Z`), { year: "numeric", month: "long", timeZone: "UTC" });
  const cell = (count: number, total: number) => `${formats.count(count)} (${formats.percent(count, total)})`;
  return (
    <>
      <h3 id="presence-over-time" className="mt-8 text-xl font-semibold">
        {t("presenceOverTime")}
      </h3>
      <p className="mt-2 max-w-3xl text-sm text-stone-700">{t("presenceOverTimeNote")}</p>
      {/* Focusable, so a keyboard can scroll it sideways on a phone. */}
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="presence-over-time">
        <table className="w-full text-sm" aria-labelledby="presence-over-time">
          <thead className="bg-stone-100 text-stone-800">
            <tr>
              <th scope="col" className={`${th} text-left`}>
                {t("month")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("checked")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("onlineColumn")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("unreachableColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {links.months.map((m) => (
              <tr key={m.month} data-month={m.month}>
                <th scope="row" className={rowTh}>
                  {month(m.month)}
                </th>
                <td className={td}>{formats.count(m.checked)}</td>
                <td className={td}>{cell(m.online, m.checked)}</td>
                <td className={td}>{cell(m.unreachable, m.checked)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-right">
        <a href={csvHref("presence-over-time")} download className="text-blue-800 underline underline-offset-4">
          {t("downloadCsv", { chart: t("presenceOverTime") })}
        </a>
      </p>
      <h3 id="site-languages" className="mt-8 text-xl font-semibold">
        {t("siteLanguages")}
      </h3>
      <p className="mt-2 max-w-3xl text-sm text-stone-700">{t("siteLanguagesNote")}</p>
      {links.languages.length === 0 ? <p className="mt-3">{t("siteLanguagesEmpty")}</p> : null}
      <div
        className="mt-3 overflow-x-auto"
        hidden={links.languages.length === 0}
        tabIndex={0}
        role="region"
        aria-labelledby="site-languages"
      >
        <table className="w-full text-sm" aria-labelledby="site-languages">
          <thead className="bg-stone-100 text-stone-800">
            <tr>
              <th scope="col" className={`${th} text-left`}>
                {t("diasporaColumn")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("sitesOnline")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("russian")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("national")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("english")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("undeclared")}
              </th>
            </tr>
          </thead>
          <tbody>
            {links.languages.map((row) => (
              <tr key={row.diaspora} data-diaspora={row.diaspora}>
                <th scope="row" className={rowTh}>
                  {row.label}
                </th>
                <td className={td}>{formats.count(row.online)}</td>
                <td className={td}>{cell(row.russian, row.online)}</td>
                <td className={td}>{cell(row.national, row.online)}</td>
                <td className={td}>{cell(row.english, row.online)}</td>
                <td className={td}>{cell(row.undeclared, row.online)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {links.languages.length > 0 ? (
        <p className="mt-2 text-right">
          <a href={csvHref("site-languages")} download className="text-blue-800 underline underline-offset-4">
            {t("downloadCsv", { chart: t("siteLanguages") })}
          </a>
        </p>
      ) : null}
    </>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { OrganizationProfile } from "@/lib/organizations/types";
import { dataAsOf } from "@/lib/sources/data-as-of";

/**
 * Two dates a reader can weigh: how recent the facts are ("data as of": the newest date among the sources) and
 * when the record last changed by an approved edit. Loading the seed is not an edit, so it gets no edit date.
 */
export async function RecordDates({
  organization: o,
}: {
  organization: Pick<OrganizationProfile, "citations" | "lastEdited">;
}) {
  const t = await getTranslations("Organization");
  const format = await getFormatter();
  const asOf = dataAsOf(o.citations);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" });
  return (
    <dl className="mt-8 space-y-1 text-sm text-stone-700">
      <div>
        <dt className="inline font-medium">{t("dataAsOf")}: </dt>
        <dd className="inline">
          {asOf ? (asOf.precision === "day" ? day(asOf.date) : String(asOf.year)) : t("dataAsOfUnknown")}
          {asOf ? <span className="text-stone-600"> ({t("dataAsOfExplained")})</span> : null}
        </dd>
      </div>
      <div>
        <dt className="inline font-medium">{t("recordEdited")}: </dt>
        <dd className="inline">{o.lastEdited ? day(o.lastEdited) : t("notEditedSinceSeed")}</dd>
      </div>
    </dl>
  );
}

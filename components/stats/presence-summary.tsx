import { getTranslations } from "next-intl/server";
import { numberFormats } from "@/lib/stats/format";
import { PRESENCE_MEASURES, type PresenceCounts } from "@/lib/stats/types";

/** The three headline shares over the whole selection, each with its numerator and denominator, and what it counts. */
export async function PresenceSummary({ counts, locale }: { counts: PresenceCounts; locale: string }) {
  const t = await getTranslations("Stats");
  const f = numberFormats(locale);
  return (
    <dl className="mt-4 grid gap-3 sm:grid-cols-3">
      {PRESENCE_MEASURES.map((m) => (
        <div key={m} className="rounded-lg border border-stone-300 bg-white p-4">
          <dt className="font-medium text-stone-800">{t(`measure.${m}`)}</dt>
          <dd className="mt-1 text-3xl font-semibold tabular-nums text-stone-900">
            {f.percent(counts[m], counts.organizations)}
          </dd>
          <dd className="text-stone-700 tabular-nums">
            {t("ofTotal", { count: f.count(counts[m]), total: f.count(counts.organizations) })}
          </dd>
          <dd className="mt-2 text-sm text-stone-600">{t(`definition.${m}`)}</dd>
        </div>
      ))}
    </dl>
  );
}

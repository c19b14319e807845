import { getTranslations } from "next-intl/server";
import { numberFormats } from "@/lib/stats/format";
import { PRESENCE_MEASURES, type PresenceCounts } from "@/lib/stats/types";

// The cards: the three measures, then "online in any form"; each that a source can attest without an address also
// says how many of its organizations rest on such a statement alone.
const CARDS = [...PRESENCE_MEASURES, "online"] as const;
const WITHOUT_ADDRESS = {
  website: "websiteWithoutAddress",
  socialMedia: "socialMediaWithoutAddress",
  online: "onlineWithoutAddress",
} as const satisfies Partial<Record<(typeof CARDS)[number], keyof PresenceCounts>>;

/** The headline shares over the whole selection, each with its numerator and denominator, and what it counts. */
export async function PresenceSummary({ counts, locale }: { counts: PresenceCounts; locale: string }) {
  const t = await getTranslations("Stats");
  const f = numberFormats(locale);
  return (
    <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {CARDS.map((m) => {
        const withoutAddress = m in WITHOUT_ADDRESS ? counts[WITHOUT_ADDRESS[m as keyof typeof WITHOUT_ADDRESS]] : null;
        return (
          <div key={m} data-measure={m} className="rounded-lg border border-stone-300 bg-white p-4">
            <dt className="font-medium text-stone-800">{t(`measure.${m}`)}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums text-stone-900">
              {f.percent(counts[m], counts.organizations)}
            </dd>
            <dd className="text-stone-700 tabular-nums">
              {t("ofTotal", { count: f.count(counts[m]), total: f.count(counts.organizations) })}
            </dd>
            {withoutAddress !== null ? (
              <dd className="text-stone-700 tabular-nums" data-without-address>
                {t("withoutAddress", { count: f.count(withoutAddress) })}
              </dd>
            ) : null}
            <dd className="mt-2 text-sm text-stone-600">{t(`definition.${m}`)}</dd>
          </div>
        );
      })}
    </dl>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { EditRefusal } from "@/lib/curation/edit-refusal";
import { Link } from "@/lib/i18n/navigation";

const button =
  "inline-block rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800";

/**
 * The 403 page of a curation page whose entry is outside the curator's diasporas: whose entry it is and whose
 * they are, then what they can do instead — suggest a correction like any reader, or go back to their own work.
 */
export async function RefusedEdit({ refusal }: { refusal: EditRefusal | null }) {
  const [t, format] = await Promise.all([getTranslations("Curate.refused"), getFormatter()]);
  const list = (names: string[]) => format.list(names, { type: "conjunction" });
  return (
    <section aria-labelledby="refused-heading" className="max-w-2xl py-8">
      <h1 id="refused-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="mt-3 text-stone-800">
        {!refusal
          ? t("generic")
          : refusal.entryDiasporas.length === 0
            ? t("noDiaspora")
            : t("reason", { yours: list(refusal.yourDiasporas), theirs: list(refusal.entryDiasporas) })}
      </p>
      {refusal?.suggestable && refusal.publicHref && (
        <>
          <p className="mt-3 text-stone-800">{t("suggestHint")}</p>
          <p className="mt-4">
            <Link href={`${refusal.publicHref}#suggest`} className={button}>
              {t("suggest")}
            </Link>
          </p>
        </>
      )}
      <p className="mt-6 flex flex-wrap gap-4">
        {refusal?.publicHref && !refusal.suggestable && (
          <Link href={refusal.publicHref} className="text-blue-900 underline">
            {t("publicPage")}
          </Link>
        )}
        <Link href="/curate" className="text-blue-900 underline">
          {t("back")}
        </Link>
      </p>
    </section>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { ReturnedDraft } from "@/lib/curation/get-draft";

/** Above a reopened revision's form: that it was returned, the moderator's comment, and what saving it does. */
export async function ReturnedNotice({ draft }: { draft: Pick<ReturnedDraft<unknown>, "comment" | "reviewedAt"> }) {
  const [t, format] = await Promise.all([getTranslations("Curate.form"), getFormatter()]);
  return (
    <section
      aria-labelledby="returned-heading"
      className="mt-4 max-w-3xl rounded border border-amber-700/50 bg-amber-50 px-3 py-2 text-amber-950"
    >
      <h2 id="returned-heading" className="font-semibold">
        {draft.reviewedAt
          ? t("returnedOn", { date: format.dateTime(new Date(draft.reviewedAt), { dateStyle: "medium" }) })
          : t("returned")}
      </h2>
      {draft.comment && (
        <figure className="mt-2">
          <figcaption className="text-sm font-medium">{t("moderatorComment")}</figcaption>
          <blockquote className="mt-1 border-l-4 border-amber-700/50 pl-3 whitespace-pre-wrap">
            {draft.comment}
          </blockquote>
        </figure>
      )}
      <p className="mt-2">{t("returnedHint")}</p>
    </section>
  );
}

import { getTranslations } from "next-intl/server";

type Props = {
  id: string;
  title: string;
  notes: React.ReactNode;
  /** The chart in its wide or its phone layout; null when there is nothing to draw. */
  chart: ((narrow: boolean) => React.ReactNode) | null;
  empty: string;
  table: React.ReactNode;
  csvHref: string;
};

/** One chart: its heading and notes, the SVG, its data table behind a disclosure, and its CSV download. */
export async function ChartSection({ id, title, notes, chart, empty, table, csvHref }: Props) {
  const t = await getTranslations("Stats");
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4" data-chart={id}>
      <h3 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h3>
      <div className="mt-1 max-w-3xl space-y-1 text-sm text-stone-700">{notes}</div>
      {chart ? (
        <>
          {/* Both layouts are in the page and CSS shows one (no script needed): display:none keeps the other out of
              the accessibility tree, so a screen reader meets the chart once. The table below is the other way in. */}
          <div
            role="group"
            aria-labelledby={`${id}-heading`}
            tabIndex={0}
            className="mt-3 hidden relative overflow-x-auto rounded-lg border border-stone-300 bg-white lg:block"
            data-layout="wide"
          >
            <figure className="min-w-[48rem] px-4 py-3">{chart(false)}</figure>
          </div>
          <figure
            className="mt-3 rounded-lg border border-stone-300 bg-white px-2 py-3 sm:px-4 lg:hidden"
            data-layout="narrow"
          >
            <div className="max-w-[28rem]">{chart(true)}</div>
          </figure>
        </>
      ) : (
        <p className="mt-3">{empty}</p>
      )}
      <div className="mt-2 flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <details className="min-w-0 basis-full sm:flex-1 sm:basis-auto sm:open:basis-full">
          <summary className="cursor-pointer text-blue-800 underline underline-offset-4">{t("dataTable")}</summary>
          <div
            role="group"
            aria-label={title}
            tabIndex={0}
            className="mt-2 relative overflow-x-auto rounded-lg border border-stone-300 bg-white"
          >
            {table}
          </div>
        </details>
        <a href={csvHref} download className="ml-auto text-blue-800 underline underline-offset-4">
          {t("downloadCsv", { chart: title })}
        </a>
      </div>
    </section>
  );
}

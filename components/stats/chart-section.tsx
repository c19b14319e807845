import { getTranslations } from "next-intl/server";

type Props = {
  id: string;
  title: string;
  notes: React.ReactNode;
  chart: React.ReactNode;
  table: React.ReactNode;
  csvHref: string;
};

/** One chart: its heading and notes, the SVG, its data table behind a disclosure, and its CSV download. */
export async function ChartSection({ id, title, notes, chart, table, csvHref }: Props) {
  const t = await getTranslations("Stats");
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4" data-chart={id}>
      <h3 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h3>
      <div className="mt-1 max-w-3xl space-y-1 text-sm text-stone-700">{notes}</div>
      {/* On a phone the chart keeps a readable size and scrolls sideways; the table below is the other way in. */}
      <div
        role="group"
        aria-labelledby={`${id}-heading`}
        tabIndex={0}
        className="mt-3 overflow-x-auto rounded-lg border border-stone-300 bg-white"
      >
        <figure className="min-w-[48rem] px-4 py-3">{chart}</figure>
      </div>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <details className="min-w-0 basis-full sm:flex-1 sm:basis-auto sm:open:basis-full">
          <summary className="cursor-pointer text-blue-800 underline underline-offset-4">{t("dataTable")}</summary>
          <div
            role="group"
            aria-label={title}
            tabIndex={0}
            className="mt-2 overflow-x-auto rounded-lg border border-stone-300 bg-white"
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

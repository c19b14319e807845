import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { chartDownload } from "@/lib/stats/chart-download";
import { chartIdFromCsvName } from "@/lib/stats/charts";
import { linkTableDownload, linkTableFromCsvName } from "@/lib/stats/link-checks-download";
import { parseStatsQuery } from "@/lib/stats/scope";

type Context = { params: Promise<{ locale: string; chart: string }> };

/**
 * One chart's data as CSV: /{locale}/stats/{chart}.csv, with the page's ?diaspora= and ?country=; also the link
 * monitor's tables (presence-over-time.csv, site-languages.csv).
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale, chart } = await params;
  const id = chartIdFromCsvName(chart);
  const table = linkTableFromCsvName(chart);
  if (!hasLocale(routing.locales, locale) || (!id && !table)) {
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { scope } = parseStatsQuery(Object.fromEntries(new URL(request.url).searchParams));
  const { filename, body } = id
    ? await chartDownload(id, scope, locale)
    : await linkTableDownload(table!, scope, locale);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

import { getTranslations } from "next-intl/server";
import { EXPORT_FORMATS } from "@/lib/exports/download";

type Props = { locale: string; kind: keyof typeof EXPORT_FORMATS; query: Record<string, string> };

/** "Download this list: CSV · JSON · HSDS": the list's current filters, as files (plain links: the server streams them). */
export async function DownloadLinks({ locale, kind, query }: Props) {
  const t = await getTranslations("Exports");
  return (
    <p className="mt-2 text-sm text-stone-700">
      {t("download")}{" "}
      {EXPORT_FORMATS[kind].map((format, i) => (
        <span key={format}>
          {i > 0 ? " · " : null}
          <a
            href={`/${locale}/${kind}/export?${new URLSearchParams({ ...query, format })}`}
            download
            className="text-blue-800 underline underline-offset-2"
          >
            {t(`format.${format}`)}
          </a>
        </span>
      ))}
    </p>
  );
}

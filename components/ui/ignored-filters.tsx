import { getTranslations } from "next-intl/server";

/** Says which query parameters were not understood and so not applied. */
export async function IgnoredFilters({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  const t = await getTranslations("Filters");
  return (
    <p role="status" className="mt-3 rounded border border-amber-700/40 bg-amber-50 px-3 py-2 text-amber-950">
      {t("ignored", { filters: names.join(", "), count: names.length })}
    </p>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EDITORS } from "@/components/curation/editors";
import { Pagination } from "@/components/ui/pagination";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { kindAt } from "@/lib/curation/kinds";
import { ENTRIES_PER_PAGE, listEditableEntries } from "@/lib/curation/list-entries";
import { requireCurator } from "@/lib/curation/require-curator";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { firstValue, pageNumber } from "@/lib/validation/query";

type Props = {
  params: Promise<{ locale: string; kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const kind = kindAt((await params).kind);
  const t = await getTranslations({ locale, namespace: "Curate" });
  return { title: t("entries.title", { kind: kind?.type ?? "other" }), robots: { index: false } };
}

/** The published entries of one kind that the curator may edit, searchable, with edit and history links. */
export default async function EntriesPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const kind = kindAt((await params).kind);
  if (!kind || !EDITORS[kind.type]) notFound();
  const user = await requireCurator(locale, `/curate/${kind.path}`);
  const query = await searchParams;
  const q = firstValue(query.q) ?? "";
  const page = pageNumber(query.page);
  const [t, { total, rows }] = await Promise.all([
    getTranslations("Curate"),
    listEditableEntries(kind, user, locale, q, page),
  ]);
  const link = "text-blue-900 underline";
  return (
    <>
      <h1 className="text-title font-semibold">{t("entries.title", { kind: kind.type })}</h1>
      <p className="mt-4">
        <Link
          href={`/curate/${kind.path}/new`}
          className="inline-block rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
        >
          {t("form.newOfKind", { kind: kind.type })}
        </Link>
      </p>
      <form method="get" role="search" className="mt-6 flex max-w-xl items-end gap-2">
        <div className="grow">
          <label htmlFor="entries-q" className="block font-medium">
            {t("entries.search")}
          </label>
          <input
            id="entries-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            className="mt-1 w-full rounded border border-stone-500 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="rounded border border-stone-600 bg-white px-4 py-2 font-medium hover:bg-stone-100"
        >
          {t("entries.find")}
        </button>
      </form>
      <p className="mt-4 text-stone-800" role="status">
        {t("entries.count", { count: total })}
      </p>
      <ul className="mt-2 divide-y divide-stone-200">
        {rows.map((row) => (
          <li key={row.ref} className="flex flex-wrap items-baseline gap-x-4 py-2">
            <span className="font-medium">
              <LocalizedTextView text={row.title} pageLocale={locale} fallback={row.key} />
            </span>
            <Link href={`/curate/${kind.path}/${row.ref}/edit`} className={link}>
              {t("edit")}
            </Link>
            <Link href={`/curate/${kind.path}/${row.ref}/history`} className={link}>
              {t("history")}
            </Link>
            {row.publicHref && (
              <Link href={row.publicHref} className={link}>
                {t("historyPage.publicPage")}
              </Link>
            )}
          </li>
        ))}
      </ul>
      <Pagination
        page={page}
        pageCount={Math.ceil(total / ENTRIES_PER_PAGE)}
        pathname={`/curate/${kind.path}`}
        query={q ? { q } : {}}
      />
    </>
  );
}

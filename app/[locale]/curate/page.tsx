import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EDITORS } from "@/components/curation/editors";
import { RevisionList } from "@/components/curation/revision-list";
import { kindOf } from "@/lib/curation/kinds";
import { countBrokenLinks } from "@/lib/links/read";
import { listMyRevisions } from "@/lib/curation/list-revisions";
import { requireCurator } from "@/lib/curation/require-curator";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Curate" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CuratePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const user = await requireCurator(locale, "/curate");
  const [t, subscriptionsText, revisions, query, broken] = await Promise.all([
    getTranslations("Curate"),
    getTranslations("Subscriptions"),
    listMyRevisions(user.userId, locale),
    searchParams,
    countBrokenLinks(user),
  ]);
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      {query.submitted === "1" && (
        <p role="status" className="mt-4 rounded border border-green-800/40 bg-green-50 px-3 py-2 text-green-950">
          {t("submitted")}
        </p>
      )}
      <p className="mt-2 text-stone-800">{t("intro")}</p>
      <nav aria-labelledby="entries-heading" className="mt-6">
        <h2 id="entries-heading" className="text-xl font-semibold">
          {t("entries.heading")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-3">
          {Object.keys(EDITORS).map((type) => {
            const kind = kindOf(type)!;
            return (
              <li key={type} className="flex flex-wrap gap-2">
                <Link
                  href={`/curate/${kind.path}`}
                  className="rounded border border-stone-500 bg-white px-3 py-2 text-blue-900 underline hover:bg-stone-100"
                >
                  {t("entries.title", { kind: type })}
                </Link>
                <Link
                  href={`/curate/${kind.path}/new`}
                  className="rounded bg-blue-800 px-3 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
                >
                  {t("form.newOfKind", { kind: type })}
                </Link>
              </li>
            );
          })}
        </ul>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/curate/subscriptions" className="text-blue-900 underline">
            {subscriptionsText("menu")}
          </Link>
          <Link href="/curate/links" className="text-blue-900 underline">
            {t("linksLink")}
            {broken > 0 ? ` (${new Intl.NumberFormat(locale).format(broken)})` : null}
          </Link>
        </p>
      </nav>
      <section aria-labelledby="revisions-heading" className="mt-8">
        <h2 id="revisions-heading" className="text-xl font-semibold">
          {t("listHeading")}
        </h2>
        <RevisionList revisions={revisions} locale={locale} />
      </section>
    </>
  );
}

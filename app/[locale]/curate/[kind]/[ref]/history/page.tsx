import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RevisionHistory } from "@/components/curation/revision-history";
import { can } from "@/lib/auth/permissions";
import { findEntry } from "@/lib/curation/find-entry";
import { getHistory } from "@/lib/curation/history";
import { kindAt } from "@/lib/curation/kinds";
import { diffLabels } from "@/lib/curation/list-revisions";
import { editRefusal } from "@/lib/curation/edit-refusal";
import { requireCurator } from "@/lib/curation/require-curator";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string; kind: string; ref: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { ref } = await params;
  const t = await getTranslations({ locale, namespace: "Curate.historyPage" });
  return { title: t("title", { name: decodeURIComponent(ref) }), robots: { index: false } };
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { kind: path, ref } = await params;
  const kind = kindAt(path);
  if (!kind) notFound();
  const here = `/curate/${kind.path}/${ref}`;
  const user = await requireCurator(locale, `${here}/history`);
  const stored = await findEntry(kind, decodeURIComponent(ref));
  if (!stored) notFound();
  const scope = { diasporaIds: kind.scope(stored.snapshot) };
  const canEdit = can(user, kind.permissions.update, scope);
  if (!canEdit && !can(user, "approve:revision", scope)) {
    if (await editRefusal(path, decodeURIComponent(ref), locale)) forbidden();
    notFound();
  }
  const query = await searchParams;
  const [t, history, names] = await Promise.all([
    getTranslations("Curate"),
    getHistory(kind, stored, locale, { from: one(query.from), to: one(query.to) }),
    diffLabels(locale),
  ]);
  const name = kind.title(stored.snapshot, locale, names)?.value ?? kind.key(stored.snapshot);
  const publicHref = kind.publicHref?.(stored.snapshot, names);
  return (
    <>
      <h1 className="text-title font-semibold">{t("historyPage.title", { name })}</h1>
      <p className="mt-2 flex flex-wrap gap-4">
        {canEdit && (
          <Link href={`${here}/edit`} className="text-blue-900 underline">
            {t("edit")}
          </Link>
        )}
        {publicHref && (
          <Link href={publicHref} className="text-blue-900 underline">
            {t("historyPage.publicPage")}
          </Link>
        )}
      </p>
      <p className="mt-2 text-stone-800">{t("historyPage.intro")}</p>
      <RevisionHistory
        kind={kind.type}
        entries={history.entries}
        compared={history.compared}
        version={stored.version}
        canRestore={canEdit}
      />
    </>
  );
}

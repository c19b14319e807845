import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EDITORS, KindEditor } from "@/components/curation/editors";
import { can } from "@/lib/auth/permissions";
import { getDraft } from "@/lib/curation/get-draft";
import { kindAt } from "@/lib/curation/kinds";
import { diffLabels } from "@/lib/curation/list-revisions";
import { requireCurator } from "@/lib/curation/require-curator";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string; kind: string; ref: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { ref } = await params;
  const t = await getTranslations({ locale, namespace: "Curate.form" });
  return { title: t("editTitle", { name: decodeURIComponent(ref) }), robots: { index: false } };
}

export default async function EditEntryPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { kind: path, ref } = await params;
  const kind = kindAt(path);
  if (!kind || !EDITORS[kind.type]) notFound();
  const here = `/curate/${kind.path}/${ref}`;
  const user = await requireCurator(locale, `${here}/edit`);
  const draft = await getDraft(kind, decodeURIComponent(ref), user.userId);
  if (!draft || !can(user, kind.permissions.update, { diasporaIds: kind.scope(draft.snapshot) })) notFound();
  const [t, query, names] = await Promise.all([getTranslations("Curate"), searchParams, diffLabels(locale)]);
  const name = kind.title(draft.snapshot, locale, names)?.value ?? kind.key(draft.snapshot);
  return (
    <>
      <h1 className="text-3xl font-semibold">{t("form.editTitle", { name })}</h1>
      <p className="mt-2">
        <Link href={`${here}/history`} className="text-blue-900 underline">
          {t("history")}
        </Link>
      </p>
      {draft.fromPendingRevision && (
        <p className="mt-2 rounded border border-amber-700/50 bg-amber-50 px-3 py-2 text-amber-950">
          {t("form.fromDraft")}
        </p>
      )}
      <KindEditor
        type={kind.type}
        user={user}
        locale={locale}
        draft={draft}
        query={query}
        restartHref={`/${locale}${here}/edit`}
      />
    </>
  );
}

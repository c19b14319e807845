import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EDITORS, KindEditor } from "@/components/curation/editors";
import { ReturnedNotice } from "@/components/curation/returned-notice";
import { can } from "@/lib/auth/permissions";
import { getDraft, getReturnedDraft } from "@/lib/curation/get-draft";
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
  const [stored, query] = await Promise.all([getDraft(kind, decodeURIComponent(ref), user.userId), searchParams]);
  if (!stored) notFound();
  // ?revision=<id>: the author reopens their returned revision of this entry to fix it and send it again.
  const returned =
    typeof query.revision === "string" ? await getReturnedDraft(kind, query.revision, user.userId) : null;
  const reopened = returned && returned.id === stored.id ? returned : null;
  const draft = reopened ?? stored;
  // Another diaspora's entry: 403 with the reason and "suggest a correction" (../forbidden.tsx, ../layout.tsx).
  if (!can(user, kind.permissions.update, { diasporaIds: kind.scope(draft.snapshot) })) {
    if (await editRefusal(path, decodeURIComponent(ref), locale)) forbidden();
    notFound();
  }
  const [t, names] = await Promise.all([getTranslations("Curate"), diffLabels(locale)]);
  const name = kind.title(draft.snapshot, locale, names)?.value ?? kind.key(draft.snapshot);
  return (
    <>
      <h1 className="text-title font-semibold">{t("form.editTitle", { name })}</h1>
      <p className="mt-2">
        <Link href={`${here}/history`} className="text-blue-900 underline">
          {t("history")}
        </Link>
      </p>
      {reopened && <ReturnedNotice draft={reopened} />}
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

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EDITORS, KindEditor } from "@/components/curation/editors";
import { ReturnedNotice } from "@/components/curation/returned-notice";
import { getReturnedDraft } from "@/lib/curation/get-draft";
import { kindAt } from "@/lib/curation/kinds";
import { requireCurator } from "@/lib/curation/require-curator";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string; kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const kind = kindAt((await params).kind);
  const t = await getTranslations({ locale, namespace: "Curate.form" });
  return { title: t("newOfKind", { kind: kind?.type ?? "other" }), robots: { index: false } };
}

export default async function NewEntryPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const kind = kindAt((await params).kind);
  if (!kind || !EDITORS[kind.type]) notFound();
  const user = await requireCurator(locale, `/curate/${kind.path}/new`);
  const [t, query] = await Promise.all([getTranslations("Curate.form"), searchParams]);
  // ?revision=<id>: the author reopens their returned proposal of a new entry to fix it and send it again.
  const returned =
    typeof query.revision === "string" ? await getReturnedDraft(kind, query.revision, user.userId) : null;
  const reopened = returned && returned.id === null ? returned : null;
  return (
    <>
      <h1 className="text-title font-semibold">{t("newOfKind", { kind: kind.type })}</h1>
      {reopened && <ReturnedNotice draft={reopened} />}
      <KindEditor type={kind.type} user={user} locale={locale} draft={reopened} query={query} />
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ModerationQueue } from "@/components/curation/moderation-queue";
import { SuggestionQueue } from "@/components/suggestions/suggestion-queue";
import { hasRole } from "@/lib/auth/permissions";
import { listPendingRevisions } from "@/lib/curation/list-revisions";
import { requireModerator } from "@/lib/curation/require-curator";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Moderate" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ModeratePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const user = await requireModerator(locale, "/moderate");
  const [t, revisions, { decided }] = await Promise.all([
    getTranslations("Moderate"),
    listPendingRevisions(user, locale),
    searchParams,
  ]);
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      {(decided === "approved" || decided === "rejected") && (
        <p role="status" className="mt-4 rounded border border-green-800/40 bg-green-50 px-3 py-2 text-green-950">
          {t(decided)}
        </p>
      )}
      <p className="mt-2 text-stone-800">{t("intro")}</p>
      <ModerationQueue revisions={revisions} isAdmin={hasRole(user, "ADMIN")} />
      <SuggestionQueue actor={user} locale={locale} />
    </>
  );
}

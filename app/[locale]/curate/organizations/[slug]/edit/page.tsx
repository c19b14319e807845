import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/curation/organization-form";
import { can } from "@/lib/auth/permissions";
import { snapshotValues } from "@/lib/curation/form-input";
import { contentLocaleChoices, loadFormOptions } from "@/lib/curation/form-options";
import { getOrganizationDraft } from "@/lib/curation/get-organization-draft";
import { requireCurator } from "@/lib/curation/require-curator";
import { pickLocalized } from "@/lib/i18n/localized";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: "Curate.form" });
  return { title: t("editTitle", { name: slug }), robots: { index: false } };
}

export default async function EditOrganizationPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const user = await requireCurator(locale, `/curate/organizations/${slug}/edit`);
  const draft = await getOrganizationDraft(slug, user.userId);
  if (!draft || !can(user, "update:organization", { diasporaIds: draft.snapshot.diasporaIds })) notFound();
  const held = draft.snapshot.translations.map((tr) => tr.locale);
  const [t, options] = await Promise.all([getTranslations("Curate.form"), loadFormOptions(user, locale, draft.snapshot.diasporaIds, held)]);
  const name = pickLocalized(draft.snapshot.translations, "name", locale)?.value ?? slug;
  return (
    <>
      <h1 className="text-3xl font-semibold">{t("editTitle", { name })}</h1>
      {draft.fromPendingRevision && <p className="mt-2 rounded border border-amber-700/50 bg-amber-50 px-3 py-2 text-amber-950">{t("fromDraft")}</p>}
      <OrganizationForm
        isNew={false}
        initialValues={snapshotValues(draft.snapshot, { id: draft.id, version: draft.version })}
        contentLocales={contentLocaleChoices(options.contentLocales, locale)}
        diasporas={options.diasporas}
        countries={options.countries}
        restartHref={`/${locale}/curate/organizations/${slug}/edit`}
      />
    </>
  );
}

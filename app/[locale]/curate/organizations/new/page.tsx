import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/curation/organization-form";
import { contentLocaleChoices, loadFormOptions } from "@/lib/curation/form-options";
import { requireCurator } from "@/lib/curation/require-curator";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Curate.form" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewOrganizationPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const user = await requireCurator(locale, "/curate/organizations/new");
  const [t, options] = await Promise.all([getTranslations("Curate.form"), loadFormOptions(user, locale)]);
  // A curator of one diaspora starts with it chosen.
  const initialValues = { version: "0", status: "UNKNOWN", diasporaIds: options.diasporas.length === 1 ? [options.diasporas[0]!.id] : [] };
  return (
    <>
      <h1 className="text-3xl font-semibold">{t("newTitle")}</h1>
      <OrganizationForm
        isNew
        initialValues={initialValues}
        contentLocales={contentLocaleChoices(options.contentLocales, locale)}
        diasporas={options.diasporas}
        countries={options.countries}
      />
    </>
  );
}

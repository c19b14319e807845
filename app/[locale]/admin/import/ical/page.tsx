import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IcalImportForm } from "@/components/feeds/ical-import-form";
import { listDiasporaOptions } from "@/lib/auth/admin/scope-options";
import { requirePermission } from "@/lib/auth/require-user";
import { EventType } from "@/lib/events/enums";
import { languageName } from "@/lib/i18n/display-names";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "ImportIcal" });
  return { title: t("title"), robots: { index: false } };
}

export default async function IcalImportPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  await requirePermission(locale, "/admin/import/ical", "import:events");
  const [t, enums, diasporas] = await Promise.all([
    getTranslations("ImportIcal"),
    getTranslations("Enums.EventType"),
    listDiasporaOptions(locale),
  ]);
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{t("intro")}</p>
      <IcalImportForm
        diasporas={diasporas.map((d) => ({ value: d.id, label: d.name?.value ?? d.slug }))}
        types={Object.values(EventType).map((type) => ({ value: type, label: enums(type) }))}
        languages={routing.locales.map((l) => ({ value: l, label: languageName(l, locale) }))}
        // Titles must be in Russian or English (the event schema), so the likelier of the two is preselected.
        defaultLanguage={locale === "en" ? "en" : "ru"}
      />
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/import/import-form";
import { requirePermission } from "@/lib/auth/require-user";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Import" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ImportPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  await requirePermission(locale, "/admin/import", "import:entries");
  const t = await getTranslations("Import");
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-stone-700">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-stone-700">
        {t.rich("template", {
          organizations: (chunks) => (
            <a href={`/${locale}/organizations/export?format=csv`} className="text-blue-800 underline">
              {chunks}
            </a>
          ),
          events: (chunks) => (
            <a href={`/${locale}/events/export?format=csv&when=all`} className="text-blue-800 underline">
              {chunks}
            </a>
          ),
        })}
      </p>
      <ImportForm />
    </>
  );
}

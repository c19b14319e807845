import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DiasporaTable } from "@/components/diasporas/diaspora-table";
import { listDiasporas } from "@/lib/cache/public-reads";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Diasporas" });
  return pageMetadata({ locale, pathname: "/diasporas", title: t("title"), description: t("intro") });
}

export default async function DiasporasPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const [t, items] = await Promise.all([getTranslations("Diasporas"), listDiasporas(locale)]);
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-4 max-w-3xl text-lg text-stone-700">{t("intro")}</p>
      <section className="mt-6" aria-labelledby="diasporas-total">
        <h2 id="diasporas-total" className="text-lg text-stone-700">
          {t("total", { count: items.length })}
        </h2>
        {items.length === 0 ? (
          <p className="mt-4">{t("empty")}</p>
        ) : (
          <DiasporaTable items={items} locale={locale} labelledBy="diasporas-total" />
        )}
      </section>
    </>
  );
}

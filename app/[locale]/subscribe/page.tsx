import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DigestForm } from "@/components/notifications/digest-form";
import { NotifyMessages } from "@/components/notifications/notify-messages";
import { digestChoices } from "@/lib/notifications/subscribe";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";
import { firstValue, type SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Notify.subscribe" });
  return pageMetadata({ locale, pathname: "/subscribe", title: t("title") });
}

// A visitor asks for a weekly mail of the new events of a filter set; no account (lib/notifications/digests.ts).
export default async function SubscribePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const query = await searchParams;
  const [t, { diasporas: diasporaChoices, countries: countryChoices }] = await Promise.all([
    getTranslations("Notify.subscribe"),
    digestChoices(locale),
  ]);
  const pick = (key: string, allowed: { value: string }[]) => {
    const value = firstValue(query[key])?.trim() ?? "";
    return allowed.some((c) => c.value === value) ? value : "";
  };
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-3 max-w-prose text-stone-800">{t("intro")}</p>
      <NotifyMessages>
        <DigestForm
          diasporas={diasporaChoices}
          countries={countryChoices}
          initial={{
            diaspora: pick("diaspora", diasporaChoices),
            country: pick("country", countryChoices),
            city: (firstValue(query.city) ?? "").trim().slice(0, 100),
          }}
        />
      </NotifyMessages>
    </>
  );
}

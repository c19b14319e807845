import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DigestLinkForm } from "@/components/notifications/digest-link-form";
import { NotifyMessages } from "@/components/notifications/notify-messages";
import { findDigestByLink } from "@/lib/notifications/digests";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { firstValue, type SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Notify.confirm" });
  return { title: t("title"), robots: { index: false } };
}

// The page a digest mail's link opens: a button confirms the weekly mail (mail scanners follow links, not forms).
export default async function ConfirmDigestPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const query = await searchParams;
  const id = firstValue(query.id) ?? "";
  const token = firstValue(query.token) ?? "";
  const [t, digest] = await Promise.all([getTranslations("Notify.confirm"), findDigestByLink({ id, token })]);
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      {!digest ? (
        <p className="mt-3 max-w-prose text-stone-800">{t("badLink")}</p>
      ) : digest.confirmedAt ? (
        <p className="mt-3 max-w-prose text-stone-800">{t("already")}</p>
      ) : (
        <>
          <p className="mt-3 max-w-prose text-stone-800">{t("intro", { email: digest.email })}</p>
          <NotifyMessages>
            <DigestLinkForm intent="confirm" id={id} token={token} />
          </NotifyMessages>
        </>
      )}
    </>
  );
}

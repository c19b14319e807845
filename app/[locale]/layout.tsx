import "../globals.css";
import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PUBLIC_CLIENT_NAMESPACES, pickMessages } from "@/components/layout/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/seo/metadata";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    namespace: "Meta",
  });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("title"), template: `%s — ${t("title")}` },
    description: t("description"),
    openGraph: { siteName: t("title") },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations("Layout");
  // Only what the public pages' client components translate goes into every page's payload; the signed-in areas
  // (their layouts) hand their forms the whole catalogue.
  const messages = pickMessages(await getMessages(), PUBLIC_CLIENT_NAMESPACES);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-stone-50 font-sans text-stone-900 antialiased">
        <NextIntlClientProvider messages={messages}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="border-t border-stone-300 py-6 text-center text-sm text-stone-700">
            <p>{t("footer")}</p>
            <p className="mt-1">
              <Link href="/about" className="text-blue-800 underline">
                {t("about")}
              </Link>
            </p>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

import "server-only";
import { hasLocale } from "next-intl";
import { getLocale } from "next-intl/server";
import { routing, type Locale } from "@/lib/i18n/routing";

/** The locale of the page that posted the action (mails, redirects and revalidated paths follow it). */
export async function actionLocale(): Promise<Locale> {
  const locale = await getLocale();
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

import { hasLocale } from "next-intl";
import { organizationExport } from "@/lib/exports/organization-export";
import { routing } from "@/lib/i18n/routing";

type Context = { params: Promise<{ locale: string }> };

/** The organization list's current filters as a CSV, JSON or Open Referral HSDS 3.0 download (?format=csv|json|hsds). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found\n", { status: 404 });
  return organizationExport(new URL(request.url).searchParams, locale);
}

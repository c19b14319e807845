import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JobsOverview } from "@/components/admin/jobs-overview";
import { requirePermission } from "@/lib/auth/require-user";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { isJobState, readJobs } from "@/lib/jobs/read-jobs";
import { firstValue, type SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Jobs" });
  return { title: t("title"), robots: { index: false } };
}

export default async function JobsPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  await requirePermission(locale, "/admin/jobs", "manage:jobs");
  const requested = firstValue((await searchParams).state);
  const state = isJobState(requested) ? requested : null;
  const [t, overview] = await Promise.all([getTranslations("Jobs"), readJobs(state)]);
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-3 max-w-prose text-stone-700">{t("intro")}</p>
      <JobsOverview overview={overview} state={state} />
    </>
  );
}

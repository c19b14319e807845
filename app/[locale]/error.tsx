"use client";

import { useTranslations } from "next-intl";

/** Shown when a page fails to render (for example while the database is unreachable). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <section role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900"
      >
        {t("retry")}
      </button>
    </section>
  );
}

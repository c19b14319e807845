import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <section className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block text-blue-800 underline">
        {t("home")}
      </Link>
    </section>
  );
}

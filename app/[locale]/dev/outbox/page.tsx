import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { listOutbox } from "@/lib/mail/outbox";

type Props = { params: Promise<{ locale: string }> };

export const dynamic = "force-dynamic";

/** Development only: mail that would have been sent without SMTP_URL. A 404 in production. */
export default async function OutboxPage({ params }: Props) {
  if (process.env.NODE_ENV === "production") notFound();
  await resolvePageLocale(params);
  const [t, format] = await Promise.all([getTranslations("Admin.outbox"), getFormatter()]);
  const mails = listOutbox();
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("intro")}</p>
      {mails.length === 0 && <p className="mt-6">{t("empty")}</p>}
      {mails.map((mail, index) => (
        <article key={index} className="mt-6 rounded border border-stone-300 bg-white p-4">
          <h2 className="font-semibold">{mail.subject}</h2>
          <p className="text-sm text-stone-700">
            {t("to", { to: mail.to })} · {format.dateTime(mail.sentAt, { dateStyle: "short", timeStyle: "medium" })}
          </p>
          <pre className="mt-3 whitespace-pre-wrap font-sans">{mail.text}</pre>
        </article>
      ))}
    </>
  );
}

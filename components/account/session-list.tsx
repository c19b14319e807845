import { getFormatter, getTranslations } from "next-intl/server";
import type { SessionView } from "@/lib/auth/sessions";
import { RevokeOtherSessionsForm } from "./revoke-other-sessions-form";

/** The user's sessions, this browser first, with a button to end all the others. */
export async function SessionList({ sessions }: { sessions: SessionView[] }) {
  const [t, format] = await Promise.all([getTranslations("Account.sessions"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="sessions-heading" className="mt-10">
      <h2 id="sessions-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-4 divide-y divide-stone-300 rounded border border-stone-300 bg-white">
        {sessions.map((s) => (
          <li key={s.id} className="px-4 py-3" aria-current={s.current ? "true" : undefined}>
            <p className="font-medium">
              {s.current && (
                <span className="mr-2 rounded bg-stone-800 px-2 py-0.5 text-sm text-white">{t("current")}</span>
              )}
              <span className="break-all">{s.userAgent ? s.userAgent.slice(0, 160) : t("unknownDevice")}</span>
            </p>
            <p className="mt-1 text-sm text-stone-700">
              {t("started", { date: when(s.createdAt) })} · {t("lastActive", { date: when(s.lastActiveAt) })}
              {s.ipAddress && <> · {t("address", { ip: s.ipAddress })}</>}
            </p>
          </li>
        ))}
      </ul>
      <RevokeOtherSessionsForm hasOthers={sessions.length > 1} />
    </section>
  );
}
